/// A small scanner over UTF-8 bytes that reads one decimal number, optionally with an exponent.
struct DecimalReader {
  /// The digits of a number as read, before it is scaled.
  struct Parts {
    var negative = false
    var digits: [UInt8] = []
    var fractionDigitCount = 0
    var exponent = 0

    /// Converts the digits to units of 10^-scale, exactly, or says why it cannot.
    func units(scale: Int, limit: Int128) -> Result<Int128, DecimalTextError> {
      var significant = digits.drop { $0 == 0 }
      var shift = scale - fractionDigitCount + exponent
      while shift < 0, let last = significant.last, last == 0 {
        significant.removeLast()
        shift += 1
      }
      if significant.isEmpty { return .success(0) }
      if shift < 0 { return .failure(.tooPrecise) }
      if significant.count + shift > 38 { return .failure(.outOfRange) }
      var value: Int128 = 0
      for digit in significant { value = value * 10 + Int128(digit) }
      value *= DecimalText.tenToThe(shift)
      if value > limit { return .failure(.outOfRange) }
      return .success(negative ? -value : value)
    }
  }

  let utf8: [UInt8]
  var index = 0

  /// Reads the whole input as one number, or returns nil when it is not exactly one number.
  mutating func readNumber(allowExponent: Bool) -> Parts? {
    var parts = Parts()
    if peek == UInt8(ascii: "-") {
      parts.negative = true
      index += 1
    }
    let wholeCount = readDigits(into: &parts.digits)
    var fractionCount = 0
    if peek == UInt8(ascii: ".") {
      index += 1
      fractionCount = readDigits(into: &parts.digits)
    }
    guard wholeCount + fractionCount > 0 else { return nil }
    parts.fractionDigitCount = fractionCount
    if allowExponent, peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      index += 1
      guard let exponent = readExponent() else { return nil }
      parts.exponent = exponent
    }
    return index == utf8.count ? parts : nil
  }

  private var peek: UInt8? { index < utf8.count ? utf8[index] : nil }

  /// Reads digits with single underscores between them; returns how many digits it read.
  private mutating func readDigits(into digits: inout [UInt8]) -> Int {
    var count = 0
    while let byte = peek {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits.append(byte - UInt8(ascii: "0"))
        count += 1
        index += 1
      } else if byte == UInt8(ascii: "_"), count > 0, index + 1 < utf8.count,
        utf8[index + 1] >= UInt8(ascii: "0") && utf8[index + 1] <= UInt8(ascii: "9")
      {
        index += 1
      } else {
        break
      }
    }
    return count
  }

  /// Reads a signed exponent of at most three digits.
  private mutating func readExponent() -> Int? {
    var negative = false
    if peek == UInt8(ascii: "-") || peek == UInt8(ascii: "+") {
      negative = peek == UInt8(ascii: "-")
      index += 1
    }
    var digits: [UInt8] = []
    let count = readDigits(into: &digits)
    guard count > 0, count <= 3 else { return nil }
    let value = digits.reduce(0) { $0 * 10 + Int($1) }
    return negative ? -value : value
  }
}
