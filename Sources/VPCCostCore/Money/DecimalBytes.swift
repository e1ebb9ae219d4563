/// Appends decimal digits of fixed-point values to a byte buffer, without intermediate strings.
///
/// `DecimalText.format` and the CSV writer both use it, so a figure prints the same everywhere.
package enum DecimalBytes {
  /// Appends an unsigned integer's digits, left-padded with zeros to `width`.
  package static func appendDigits(_ value: UInt128, width: Int = 0, to bytes: inout [UInt8]) {
    if value <= UInt128(UInt64.max) {
      return appendDigits64(UInt64(value), width: width, to: &bytes)
    }
    let chunk = UInt128(1_000_000_000_000_000_000)
    appendDigits(value / chunk, width: max(0, width - 18), to: &bytes)
    appendDigits64(UInt64(value % chunk), width: 18, to: &bytes)
  }

  private static func appendDigits64(_ value: UInt64, width: Int, to bytes: inout [UInt8]) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, no allocation
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { raw in
      repeat {
        raw[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        count += 1
      } while rest > 0
      bytes.reserveCapacity(bytes.count + max(width, count))
      for _ in count..<max(width, count) { bytes.append(UInt8(ascii: "0")) }
      // One byte at a time: appending a slice of raw memory goes through a generic path that
      // cost batch output a seventh of its instructions.
      for index in (24 - count)..<24 { bytes.append(raw[index]) }
    }
  }

  /// Appends units of 10^-scale with exactly `places` decimals, rounded half away from zero.
  package static func appendFixed(_ units: Int128, scale: Int, places: Int, to bytes: inout [UInt8])
  {
    // One 128-bit division gives the rounded value in units of 10^-places; the digits then
    // come from 64-bit arithmetic when it fits (every amount within vpccost's limits does).
    let step = DecimalText.tenToThe(scale - places)
    var (reduced, remainder) = units.quotientAndRemainder(dividingBy: step)
    if remainder.magnitude * 2 >= step.magnitude { reduced += units < 0 ? -1 : 1 }
    if reduced < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = reduced.magnitude
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
    let magnitude = units.magnitude
    let divisor = UInt128(DecimalText.tenToThe(scale))
    appendDigits(magnitude / divisor, to: &bytes)
    var fraction = magnitude % divisor
    guard fraction != 0 else { return }
    var digits = scale
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    bytes.append(UInt8(ascii: "."))
    appendDigits(fraction, width: digits, to: &bytes)
  }
}
