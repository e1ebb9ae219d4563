#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A sweep's range and its points, as exact quantities.
package struct SweepRange: Hashable, Sendable {
  /// The first value.
  package let from: Quantity
  /// The last value.
  package let to: Quantity
  /// How points are spread.
  package let scale: SweepScale

  /// Parses `FROM..TO` with non-negative decimal ends (`1..1e5`); log scales need FROM > 0.
  package static func parse(
    _ text: String, axis: SweepAxis, scale: SweepScale
  ) -> Result<SweepRange, InputProblem> {
    let parts = text.split(separator: "..", omittingEmptySubsequences: false)
    guard parts.count == 2 else {
      return .failure(InputProblem("\(quoting: text) is not a range such as 1..100000 (FROM..TO)"))
    }
    let limit: Quantity
    switch axis {
    case .services: limit = Quantity(whole: Int128(WorkloadLimits.maxServices))
    case .vpcs: limit = Quantity(whole: Int128(WorkloadLimits.maxVPCs))
    case .gigabytes, .invocations: limit = WorkloadLimits.maxGB
    }
    var ends: [Quantity] = []
    for part in parts {
      guard case .success(let value) = Quantity.parse(part, limit: limit), value >= .zero,
        !axis.isWhole || value.units % DecimalText.tenToThe(Quantity.scale) == 0
      else {
        return .failure(
          InputProblem(
            "\(quoting: text): \(quoting: part) is not a \(axis.isWhole ? "whole number" : "number") from 0 to \(limit.display(places: 0))"
          ))
      }
      ends.append(value)
    }
    guard ends[0] < ends[1] else {
      return .failure(InputProblem("\(quoting: text): FROM must be less than TO"))
    }
    if scale == .log && ends[0] == .zero {
      return .failure(
        InputProblem("\(quoting: text): a log scale needs FROM above 0 (or use --scale linear)"))
    }
    if axis == .services && ends[0] == .zero {
      return .failure(InputProblem("\(quoting: text): services start at 1"))
    }
    if axis == .vpcs && ends[0] == .zero {
      return .failure(InputProblem("\(quoting: text): VPCs start at 1"))
    }
    return .success(SweepRange(from: ends[0], to: ends[1], scale: scale))
  }

  /// The points from `from` to `to`, both included, at most `count` of them, without repeats.
  ///
  /// Log points are ratios computed in floating point and rounded to 4 significant digits as
  /// exact decimals: they are inputs, like values a user would type; every cost computed from
  /// them is exact. Whole-number axes round to whole numbers.
  package func points(_ count: Int, whole: Bool) -> [Quantity] {
    var points: [Quantity] = []
    for index in 0..<count {
      let point: Quantity
      if index == 0 {
        point = from
      } else if index == count - 1 {
        point = to
      } else if scale == .linear {
        point = from + (to - from).scaled(by: index, over: count - 1)
      } else {
        point = logPoint(index, of: count)
      }
      let rounded =
        whole
        ? Quantity(
          whole: (point + Quantity(units: DecimalText.tenToThe(Quantity.scale) / 2)).wholePart)
        : point
      if points.last != rounded { points.append(rounded) }
    }
    return points
  }

  private func logPoint(_ index: Int, of count: Int) -> Quantity {
    let start = Double(from.units) / 1e12
    let end = Double(to.units) / 1e12
    let value = start * pow(end / start, Double(index) / Double(count - 1))
    return SweepRange.roundedToSignificantDigits(value, digits: 4)
  }

  /// An exact quantity from a positive floating-point value, to `digits` significant digits.
  static func roundedToSignificantDigits(_ value: Double, digits: Int) -> Quantity {
    var exponent = 0
    var mantissa = value
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    while mantissa < 1 && mantissa > 0 {
      mantissa *= 10
      exponent -= 1
    }
    let significand = Int128((mantissa * pow(10, Double(digits - 1))).rounded())
    let shift = exponent - (digits - 1) + Quantity.scale
    if shift >= 0 { return Quantity(units: significand * DecimalText.tenToThe(shift)) }
    return Quantity(units: DecimalText.divideRounded(significand, by: DecimalText.tenToThe(-shift)))
  }
}
