import VPCCostCore

/// Types plain scalars as PyYAML's YAML 1.1 resolver does, which is what cfn-lint reads
/// templates with: booleans (`true`, `yes`, `on`, ...), integers (decimal, `0x`, `0o`-less octal
/// `017`, `0b`, sexagesimal `1:30`), floats (with a dot), null, and dates kept as strings.
enum ScalarResolver {
  /// The typed value of a plain scalar.
  static func resolve(_ text: String) -> TemplateNode.Value {
    guard let first = text.utf8.first else { return .null }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "."):
      if let integer = integer(text) { return .number(integer) }
      if let float = float(text) { return float }
      return .string(text)
    case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
      if ["~", "null", "Null", "NULL"].contains(text) { return .null }
    default: break
    }
    switch text {
    case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
    case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .bool(false)
    default: return .string(text)
    }
  }

  /// A YAML 1.1 integer as decimal digits, or nil.
  static func integer(_ text: String) -> String? {
    var body = Substring(text)
    var negative = false
    if let sign = body.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    let digits = body.replacing("_", with: "")
    guard !digits.isEmpty else { return nil }
    var value: Int128?
    if body.hasPrefix("0b"), body.count > 2 {
      value = parse(digits.dropFirst(2), radix: 2)
    } else if body.hasPrefix("0x"), body.count > 2 {
      value = parse(digits.dropFirst(2), radix: 16)
    } else if body.hasPrefix("0"), body.count > 1,
      body.dropFirst().allSatisfy({ ("0"..."7").contains($0) || $0 == "_" })
    {
      value = parse(digits.dropFirst(), radix: 8)
    } else if body == "0" {
      value = 0
    } else if let head = body.first, ("1"..."9").contains(head),
      body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") })
    {
      value = parse(digits[...], radix: 10)
    } else if let head = body.first, ("1"..."9").contains(head), body.contains(":") {
      value = sexagesimal(body)
    }
    guard let value else { return nil }
    return String(negative ? -value : value)
  }

  private static func parse(_ digits: Substring, radix: Int128) -> Int128? {
    var value: Int128 = 0
    for character in digits {
      guard let digit = character.hexDigitValue, Int128(digit) < radix else { return nil }
      let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
      guard !overflow else { return nil }
      value = shifted + Int128(digit)
    }
    return value
  }

  /// `1:30` = 90: base-60 parts, the first any digits, the others 0 to 59.
  private static func sexagesimal(_ body: Substring) -> Int128? {
    let parts = body.split(separator: ":", omittingEmptySubsequences: false)
    var value: Int128 = 0
    for (index, part) in parts.enumerated() {
      let digits = part.replacing("_", with: "")
      guard let number = parse(digits[...], radix: 10), !digits.isEmpty,
        index == 0 || (digits.count <= 2 && number < 60)
      else { return nil }
      value = value * 60 + number
    }
    return value
  }

  /// Matches `[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?` on bytes (a Swift `Regex` here
  /// was four fifths of the time to read a large template).
  static func isFloat(_ bytes: [UInt8]) -> Bool {
    var index = 0
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      index += 1
    }
    if index < bytes.count, isDigit(bytes[index]) {
      while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") {
        index += 1
      }
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { return false }
    index += 1
    while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") {
      index += 1
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      guard index < bytes.count,
        bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      else { return false }
      index += 1
      let digitsStart = index
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      guard index > digitsStart else { return false }
    }
    return index == bytes.count
  }

  /// The power of ten of a decimal number's leading digit (`12.5e3` is 4), from its digits and
  /// exponent, without converting it; numbers whose digits are all zero are 0.
  static func decimalMagnitude(_ json: String) -> Int {
    let parts = json.lowercased().split(separator: "e", maxSplits: 1)
    let mantissa = parts.first.map { $0.filter { $0 != "-" && $0 != "+" } } ?? ""
    let exponent = parts.count == 2 ? Int(parts[1]) ?? Int.max / 2 : 0
    let integer = mantissa.split(separator: ".", omittingEmptySubsequences: false).first ?? ""
    let significant = integer.drop { $0 == "0" }
    if !significant.isEmpty { return significant.count - 1 + exponent }
    let fraction =
      mantissa.split(separator: ".", omittingEmptySubsequences: false).dropFirst()
      .first ?? ""
    let zeros = fraction.prefix { $0 == "0" }.count
    return zeros == fraction.count ? 0 : exponent - zeros - 1
  }

  /// A YAML 1.1 float (a dot is required; an exponent needs a sign), as JSON; infinities and
  /// NaN stay text, which JSON cannot carry.
  static func float(_ text: String) -> TemplateNode.Value? {
    if [
      "+.inf", "-.inf", ".inf", ".Inf", ".INF", "+.Inf", "-.Inf", "+.INF", "-.INF", ".nan", ".NaN",
      ".NAN",
    ].contains(text) {
      return .string(text)
    }
    guard isFloat(Array(text.utf8)), text.contains(where: \.isNumber) else { return nil }
    var json = text.replacing("_", with: "")
    // Beyond a double's range (`1.0e+99999`) a reader takes it as infinity, which JSON cannot
    // carry: it stays text.
    if decimalMagnitude(json) > 308 { return .string(text) }
    if json.hasPrefix("+") { json.removeFirst() }
    if json.hasPrefix(".") { json = "0" + json }
    if json.hasPrefix("-.") { json = "-0" + json.dropFirst() }
    if let dot = json.firstIndex(of: "."),
      json.index(after: dot) == json.endIndex || !json[json.index(after: dot)].isNumber
    {
      json.insert("0", at: json.index(after: dot))
    }
    return .number(json)
  }
}
