import VPCCostCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The plot area of a chart and the mapping of values to pixels (in tenths of a pixel).
///
/// On linear axes values map to pixels by exact integer arithmetic. A log axis takes the
/// logarithm of the plotted value for its pixel position only: every label and every figure
/// in the data stays exact.
struct ChartGeometry {
  let left = 96
  let right: Int
  let top = 80
  let bottom: Int
  /// The money at the bottom and top of the y axis (the first and last ticks).
  let yMinimum: Money
  let yMaximum: Money
  /// Whether the y axis is logarithmic.
  let yLog: Bool

  init(
    width: Int, height: Int, legendWidth: Int, yMinimum: Money = .zero, yMaximum: Money,
    yLog: Bool = false
  ) {
    right = width - legendWidth
    bottom = height - 80
    self.yMinimum = yMinimum
    self.yMaximum = yMaximum
    self.yLog = yLog
  }

  /// The y of an amount, in tenths of a pixel (clamped to the plot).
  func y(_ money: Money) -> Int {
    let height = (bottom - top) * 10
    guard yMaximum > yMinimum else { return bottom * 10 }
    if yLog {
      guard money > yMinimum else { return bottom * 10 }
      let start = log10(Double(yMinimum.units))
      let fraction = (log10(Double(money.units)) - start) / (log10(Double(yMaximum.units)) - start)
      return bottom * 10 - Int((fraction * Double(height)).rounded())
    }
    // The product of an amount (up to about 3 x 10^37 units) and the height needs 256 bits.
    let span = (yMaximum - yMinimum).units
    let offset = min(max(money - yMinimum, .zero), yMaximum - yMinimum).units
    let (quotient, _) = span.dividingFullWidth(offset.multipliedFullWidth(by: Int128(height)))
    return bottom * 10 - Int(quotient)
  }

  /// The x of a value on an axis from `from` to `to`, in tenths of a pixel.
  func x(_ value: Quantity, from: Quantity, to: Quantity, scale: SweepScale) -> Int {
    let width = (right - left) * 10
    switch scale {
    case .linear:
      let span = (to - from).units
      guard span > 0 else { return left * 10 }
      return left * 10 + Int((value - from).units * Int128(width) / span)
    case .log:
      let start = log10(Double(from.units))
      let end = log10(Double(to.units))
      let fraction = (log10(Double(value.units)) - start) / (end - start)
      return left * 10 + Int((fraction * Double(width)).rounded())
    }
  }
}
