/// Appends decimal digits of fixed-point values to a byte buffer, without intermediate strings.
///
/// `DecimalText.format` and the CSV writer both use it, so a figure prints the same everywhere.
package enum DecimalBytes {
  /// Appends an unsigned integer's digits, left-padded with zeros to `width`.
  package static func appendDigits(_ value: UInt128, width: Int = 0, to bytes: inout [UInt8]) {
    if value <= UInt128(UInt64.max) {
      return appendDigits64(UInt64(value), width: width, to: &bytes)
    }
    let (high, low) = divide(value, by: 1_000_000_000_000_000_000)
    appendDigits(high, width: max(0, width - 18), to: &bytes)
    appendDigits64(low, width: 18, to: &bytes)
  }

  /// `value / divisor` and the remainder, for a divisor below 2^64: two 128-by-64-bit hardware
  /// divisions instead of the generic 128-bit division routine.
  @inline(__always)
  package static func divide(_ value: UInt128, by divisor: UInt64) -> (UInt128, UInt64) {
    let high = UInt64(truncatingIfNeeded: value >> 64)
    let low = UInt64(truncatingIfNeeded: value)
    let (highQuotient, highRemainder) = high.quotientAndRemainder(dividingBy: divisor)
    let (lowQuotient, remainder) = divisor.dividingFullWidth((highRemainder, low))
    return ((UInt128(highQuotient) << 64) | UInt128(lowQuotient), remainder)
  }

  /// `value / 10^exponent` and the remainder, for exponents up to 38, in 64-bit steps.
  @inline(__always)
  package static func divide(_ value: UInt128, byTenToThe exponent: Int) -> (UInt128, UInt128) {
    let first = min(exponent, 19)
    let (quotient, remainder) = divide(value, by: powersOfTen64[first])
    guard exponent > first else { return (quotient, UInt128(remainder)) }
    let second = exponent - first
    let (result, high) = divide(quotient, by: powersOfTen64[second])
    return (result, UInt128(high) * UInt128(powersOfTen64[first]) + UInt128(remainder))
  }

  /// Powers of ten that fit in `UInt64` (0...19).
  static let powersOfTen64: [UInt64] = {
    var powers: [UInt64] = [1]
    for _ in 1...19 { powers.append(powers[powers.count - 1] * 10) }
    return powers
  }()

  private static func appendDigits64(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
    var digits = InlineArray<20, UInt8>(repeating: 0)  // room for 20 digits, no allocation
    var count = 0
    var rest = value
    repeat {
      digits[19 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
      count += 1
    } while rest > 0
    bytes.reserveCapacity(bytes.count + max(width, count))
    for _ in count..<max(width, count) { bytes.append(UInt8(ascii: "0")) }
    // One byte at a time: appending a slice goes through a generic path that cost batch
    // output a seventh of its instructions.
    for index in (20 - count)..<20 { bytes.append(digits[index]) }
  }

  /// Appends units of 10^-scale with exactly `places` decimals, rounded half away from zero.
  package static func appendFixed(_ units: Int128, scale: Int, places: Int, to bytes: inout [UInt8])
  {
    // Two 64-bit hardware divisions give the rounded value in units of 10^-places; the digits
    // then come from 64-bit arithmetic when it fits (every amount within the limits does).
    let step = DecimalText.tenToThe(scale - places).magnitude
    var (magnitude, remainder) = divide(units.magnitude, byTenToThe: scale - places)
    if remainder * 2 >= step { magnitude += 1 }
    if units < 0 && magnitude > 0 { bytes.append(UInt8(ascii: "-")) }
    guard magnitude <= UInt128(UInt64.max), places <= 18 else {
      let divisor = UInt128(DecimalText.tenToThe(places))
      appendDigits(magnitude / divisor, to: &bytes)
      guard places > 0 else { return }
      bytes.append(UInt8(ascii: "."))
      return appendDigits(magnitude % divisor, width: places, to: &bytes)
    }
    let small = UInt64(magnitude)
    var divisor: UInt64 = 1
    for _ in 0..<places { divisor *= 10 }
    appendDigits64(small / divisor, width: 0, to: &bytes)
    guard places > 0 else { return }
    bytes.append(UInt8(ascii: "."))
    appendDigits64(small % divisor, width: places, to: &bytes)
  }

  /// Appends units of 10^-scale as the shortest exact decimal (`3.814697265625`, `0`).
  package static func appendShortest(_ units: Int128, scale: Int, to bytes: inout [UInt8]) {
    if units < 0 { bytes.append(UInt8(ascii: "-")) }
    let (whole, remainder) = divide(units.magnitude, byTenToThe: scale)
    appendDigits(whole, to: &bytes)
    guard remainder != 0 else { return }
    var fraction = remainder
    var digits = scale
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    bytes.append(UInt8(ascii: "."))
    appendDigits(fraction, width: digits, to: &bytes)
  }
}
