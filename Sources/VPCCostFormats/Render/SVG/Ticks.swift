import VPCCostCore

/// Readable axis ticks: 1-2-5 steps on linear axes, 1-2-5 per decade on log axes.
///
/// Ticks are exact fixed-point units (of `Money` or `Quantity`), so money never passes
/// through floating point on its way to a label.
package enum Ticks {
  /// Ticks from 0 to the first tick at or above `maximum`, in a 1-2-5 step.
  ///
  /// The step is the smallest giving at most `most` intervals. Units are 10^-scale; the
  /// smallest step is 10^-2 (a cent, for money).
  package static func linear(upTo maximum: Int128, scale: Int, most: Int = 8) -> [Int128] {
    guard maximum > 0 else { return [0, DecimalText.tenToThe(scale)] }
    for exponent in max(0, scale - 2)...38 {
      for multiplier: Int128 in [1, 2, 5] {
        let (step, overflow) = DecimalText.tenToThe(exponent).multipliedReportingOverflow(
          by: multiplier)
        guard !overflow else { break }
        let count = (maximum + step - 1) / step
        if count <= Int128(most) { return (0...Int(count)).map { Int128($0) * step } }
      }
    }
    return [0, maximum]
  }

  /// The values 1, 2 and 5 x 10^k that lie in [from, to] (both > 0), in the same units.
  ///
  /// Units are powers of ten of the value, so 1-2-5 in units is 1-2-5 in value.
  package static func logarithmic(from: Int128, to: Int128) -> [Int128] {
    guard from > 0, to >= from else { return [] }
    var ticks: [Int128] = []
    var decade: Int128 = 1
    while decade * 10 <= from { decade *= 10 }
    while decade <= to {
      for multiplier: Int128 in [1, 2, 5] {
        let value = decade * multiplier
        if value >= from && value <= to { ticks.append(value) }
      }
      guard decade <= Int128.max / 100 else { break }
      decade *= 10
    }
    return ticks
  }

  /// The 1-2-5 value after a 1-2-5 value: 1 -> 2 -> 5 -> 10.
  package static func next125(after value: Int128) -> Int128 {
    var decade: Int128 = 1
    while decade * 10 <= value { decade *= 10 }
    switch value / decade {
    case 1: return decade * 2
    case 2: return decade * 5
    default: return decade * 10
    }
  }

  /// A compact label for a non-negative quantity: `500`, `2k`, `1.5M`, `0.5`.
  package static func compactLabel(_ quantity: Quantity) -> String {
    let suffixes: [(Int128, String)] = [
      (1_000_000_000_000, "T"), (1_000_000_000, "G"), (1_000_000, "M"), (1_000, "k"),
    ]
    let whole = quantity.wholePart
    for (size, suffix) in suffixes where whole >= size {
      let scaled = Quantity(units: quantity.units / size)
      return scaled.display(places: 1).replacing(",", with: "") + suffix
    }
    return quantity.display(places: 2)
  }

  /// A label for money on an axis: whole dollars when the step allows, else cents.
  package static func moneyLabel(_ money: Money, step: Money) -> String {
    let cents = DecimalText.tenToThe(Money.scale - 2) * 100
    if step.units % cents == 0 {
      return "$"
        + DecimalText.grouped(DecimalText.format(money.units, scale: Money.scale, places: 0))
    }
    return money.dollars
  }
}
