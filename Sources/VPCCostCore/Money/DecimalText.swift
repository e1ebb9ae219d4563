/// Exact conversion between decimal text and fixed-point integers.
///
/// Every money, price and quantity in vpccost is an `Int128` count of 10^-scale units.
/// This type is the only place that turns text into those units and back, so that no
/// value ever passes through a binary floating-point type.
package enum DecimalText {
  /// Powers of ten that fit in `Int128`, indexed by exponent.
  static let powersOfTen: [Int128] = {
    var powers: [Int128] = [1]
    for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
    return powers
  }()

  /// Returns 10 raised to `exponent` (0...38).
  @inline(__always)
  package static func tenToThe(_ exponent: Int) -> Int128 { powersOfTen[exponent] }

  /// Parses decimal text (`12`, `0.045`, `-3.5`, and with `allowExponent` also `1e6`, `2.5E-3`)
  /// into units of 10^-scale, exactly.
  ///
  /// Underscores between digits are accepted (`1_000_000`). Text with more significant
  /// decimals than `scale` allows is `.tooPrecise`; a value beyond `limit` is `.outOfRange`.
  package static func parse(
    _ text: some StringProtocol, scale: Int, allowExponent: Bool = false,
    limit: Int128 = Int128.max / 10
  ) -> Result<Int128, DecimalTextError> {
    parse(bytes: text.utf8, scale: scale, allowExponent: allowExponent, limit: limit)
  }

  /// Parses decimal UTF-8 bytes as `parse(_:scale:allowExponent:limit:)` parses text.
  package static func parse(
    bytes: some Collection<UInt8>, scale: Int, allowExponent: Bool = false,
    limit: Int128 = Int128.max / 10
  ) -> Result<Int128, DecimalTextError> {
    var reader = DecimalReader(bytes)
    guard let parts = reader.readNumber(allowExponent: allowExponent) else {
      return .failure(.malformed)
    }
    return parts.units(scale: scale, limit: limit)
  }

  /// Formats units of 10^-scale as the shortest exact decimal text (`14.638147`, `0`, `-2.5`).
  package static func format(_ units: Int128, scale: Int) -> String {
    var bytes: [UInt8] = []
    DecimalBytes.appendShortest(units, scale: scale, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Formats units of 10^-scale with exactly `places` decimals, rounding half away from zero.
  package static func format(_ units: Int128, scale: Int, places: Int) -> String {
    var bytes: [UInt8] = []
    DecimalBytes.appendFixed(units, scale: scale, places: places, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Rounds units of 10^-scale to `places` decimals, half away from zero, keeping the scale.
  package static func round(_ units: Int128, scale: Int, places: Int) -> Int128 {
    guard places < scale else { return units }
    let step = tenToThe(scale - places)
    let half = step / 2
    let remainder = units % step
    let truncated = units - remainder
    if remainder >= half { return truncated + step }
    if remainder <= -half { return truncated - step }
    return truncated
  }

  /// Divides, rounding half away from zero: the one inexact step vpccost allows.
  package static func divideRounded(_ numerator: Int128, by denominator: Int128) -> Int128 {
    precondition(denominator != 0, "division by zero")
    if denominator == 1 { return numerator }
    // Both within 64 bits (a cost split over a few AZs), or a power of two (bytes to GB): the
    // same rounding by a 64-bit division or a shift instead of a 128-bit division.
    let (top, bottom) = (numerator.magnitude, denominator.magnitude)
    let negative = (numerator < 0) != (denominator < 0)
    if top >> 64 == 0 && bottom >> 64 == 0 {
      let (quotient, remainder) = UInt64(top).quotientAndRemainder(dividingBy: UInt64(bottom))
      let rounded = Int128(quotient) + (remainder >= UInt64(bottom) - remainder ? 1 : 0)
      return negative ? -rounded : rounded
    }
    if bottom & (bottom &- 1) == 0 {
      let remainder = top & (bottom &- 1)
      // At least 2: the quotient's magnitude is below 2^127, so it fits as well as negated.
      let quotient = Int128(top >> bottom.trailingZeroBitCount)
      let rounded = quotient + (remainder >= bottom - remainder ? 1 : 0)
      return negative ? -rounded : rounded
    }
    return divideRoundedWide(numerator, by: denominator)
  }

  /// The general path of `divideRounded`: a 128-bit division.
  static func divideRoundedWide(_ numerator: Int128, by denominator: Int128) -> Int128 {
    let quotient = numerator / denominator
    let remainder = numerator % denominator
    if remainder.magnitude * 2 >= denominator.magnitude {
      return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
    }
    return quotient
  }

  /// Inserts thousands separators into the whole part of decimal text (`1234567.5` -> `1,234,567.5`).
  package static func grouped(_ text: String) -> String {
    let negative = text.hasPrefix("-")
    let body = negative ? text.dropFirst() : Substring(text)
    let wholePart = body.prefix { $0 != "." }
    let rest = body.dropFirst(wholePart.count)
    var groupedWhole = ""
    for (index, digit) in wholePart.enumerated() {
      if index > 0 && (wholePart.count - index) % 3 == 0 { groupedWhole.append(",") }
      groupedWhole.append(digit)
    }
    return (negative ? "-" : "") + groupedWhole + rest
  }
}
