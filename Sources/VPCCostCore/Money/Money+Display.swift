extension Money {
  /// The amount in cents with a currency sign and thousands separators (`$1,234.56`, `-$0.50`).
  public var dollars: String {
    let text = DecimalText.grouped(centsString)
    return text.hasPrefix("-") ? "-$" + text.dropFirst() : "$" + text
  }
}

extension Price {
  /// The exact price with a currency sign (`$0.045`).
  public var dollars: String { "$" + decimalString }
}

extension Quantity {
  /// The quantity with thousands separators and at most `places` decimals (`3.81`, `1,460`).
  public func display(places: Int) -> String {
    var text = formatted(places: places)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return DecimalText.grouped(text)
  }
}
