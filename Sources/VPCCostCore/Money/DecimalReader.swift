/// Reads one decimal number from UTF-8 bytes, optionally with an exponent, without allocating.
///
/// The digits D (f of them after the point) and exponent e give the value D x 10^(e - f).
/// D is kept as D' x 10^z, with D' free of trailing zeros, so that `0.0450000000` stays exact
/// at any scale and only D' (at most 38 digits) has to fit in an `Int128`.
struct DecimalReader<Bytes: Collection> where Bytes.Element == UInt8 {
  /// The number as read, before it is scaled.
  struct Parts {
    var negative = false
    /// D' : the digits without leading or trailing zeros.
    var significand: Int128 = 0
    /// How many digits D' has.
    var significandDigits = 0
    /// z : zeros after the last non-zero digit.
    var trailingZeros = 0
    /// f : digits after the decimal point.
    var fractionDigits = 0
    /// e : the exponent.
    var exponent = 0
    /// Whether D' has more digits than an `Int128` holds.
    var tooManyDigits = false

    /// Converts to units of 10^-scale, exactly, or says why it cannot.
    func units(scale: Int, limit: Int128) -> Result<Int128, DecimalTextError> {
      if tooManyDigits { return .failure(.outOfRange) }
      if significandDigits == 0 { return .success(0) }
      var shift = trailingZeros + scale - fractionDigits + exponent
      if shift < 0 { return .failure(.tooPrecise) }
      if significandDigits + shift > 38 { return .failure(.outOfRange) }
      var value = significand
      while shift > 0 {
        let step = min(shift, 18)
        let (product, overflow) = value.multipliedReportingOverflow(by: DecimalText.tenToThe(step))
        if overflow { return .failure(.outOfRange) }
        value = product
        shift -= step
      }
      if value > limit { return .failure(.outOfRange) }
      return .success(negative ? -value : value)
    }
  }

  let bytes: Bytes
  var index: Bytes.Index

  init(_ bytes: Bytes) {
    self.bytes = bytes
    index = bytes.startIndex
  }

  /// Reads the whole input as one number, or returns nil when it is not exactly one number.
  mutating func readNumber(allowExponent: Bool) -> Parts? {
    var parts = Parts()
    if peek == UInt8(ascii: "-") {
      parts.negative = true
      advance()
    }
    guard let wholeCount = readDigits(into: &parts) else { return nil }
    var fractionCount = 0
    if peek == UInt8(ascii: ".") {
      advance()
      guard let count = readDigits(into: &parts) else { return nil }
      fractionCount = count
    }
    guard wholeCount + fractionCount > 0 else { return nil }
    parts.fractionDigits = fractionCount
    if allowExponent, peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      advance()
      guard let exponent = readExponent() else { return nil }
      parts.exponent = exponent
    }
    return index == bytes.endIndex ? parts : nil
  }

  private var peek: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

  private mutating func advance() { index = bytes.index(after: index) }

  private static func digit(_ byte: UInt8?) -> Int128? {
    guard let byte, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
    return Int128(byte - UInt8(ascii: "0"))
  }

  /// Reads digits, with single underscores between them, into the parts; returns how many
  /// digits it read, or nil on a misplaced underscore.
  private mutating func readDigits(into parts: inout Parts) -> Int? {
    var count = 0
    while let byte = peek {
      if let digit = Self.digit(byte) {
        count += 1
        advance()
        add(digit, to: &parts)
      } else if byte == UInt8(ascii: "_"), count > 0 {
        advance()
        guard Self.digit(peek) != nil else { return nil }
      } else {
        break
      }
    }
    return count
  }

  private func add(_ digit: Int128, to parts: inout Parts) {
    if digit == 0 {
      if parts.significandDigits > 0 { parts.trailingZeros += 1 }
      return
    }
    let newDigits =
      parts.significandDigits == 0 ? 1 : parts.significandDigits + parts.trailingZeros + 1
    guard newDigits <= 38, !parts.tooManyDigits else {
      parts.tooManyDigits = true
      return
    }
    if parts.significandDigits > 0 {
      parts.significand *= DecimalText.tenToThe(parts.trailingZeros + 1)
    }
    parts.significand += digit
    parts.significandDigits = newDigits
    parts.trailingZeros = 0
  }

  /// Reads a signed exponent of at most three digits.
  private mutating func readExponent() -> Int? {
    var negative = false
    if peek == UInt8(ascii: "-") || peek == UInt8(ascii: "+") {
      negative = peek == UInt8(ascii: "-")
      advance()
    }
    var value = 0
    var count = 0
    while let digit = Self.digit(peek) {
      count += 1
      guard count <= 3 else { return nil }  // checked before multiplying: no overflow
      value = value * 10 + Int(digit)
      advance()
    }
    guard count > 0 else { return nil }
    return negative ? -value : value
  }
}
