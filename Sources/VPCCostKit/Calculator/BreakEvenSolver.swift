/// Finds where NAT and PrivateLink cost the same, on the tiered endpoint-data curve.
///
/// For one layout with G gateways (or ENIs per service), the difference PL(D) - NAT(D) is
/// G x H x (S x EP_h - NAT_h - IP_h) + EP(D) - D x NAT_gb: cross-AZ charges are the same on
/// both sides and cancel. EP(D) is linear within each tier, so the difference is piecewise
/// linear and each segment's root is exact up to the one division.
public struct BreakEvenSolver: Sendable {
  let calculator: CostCalculator

  /// Creates a solver over one region's prices.
  public init(calculator: CostCalculator) { self.calculator = calculator }

  /// Where the two technologies' costs meet for `layout` as the workload's traffic varies.
  public func crossing(layout: Layout, workload: Workload) -> BreakEvenCrossing {
    let table = calculator.table
    let hours = calculator.instanceHours(layout.instances(azs: workload.azs), workload)
    let fixedDifference =
      hours
      * (table.interfaceEndpoint.hourlyPerAZ.multiplied(by: workload.services.count)
        - table.natGateway.hourly - table.publicIPv4Hourly)
    let natPerGB = table.natGateway.perGB
    func difference(at volume: Quantity) -> Money {
      fixedDifference + (table.interfaceEndpoint.data.cost(for: volume) ?? .zero)
        - volume * natPerGB
    }
    var start = Quantity.zero
    for tier in table.interfaceEndpoint.data.tiers {
      let atStart = difference(at: start)
      let slope = tier.perGB - natPerGB
      if let root = root(from: start, value: atStart, slope: slope, end: tier.upToGB) {
        return root
      }
      guard let end = tier.upToGB else { break }
      start = end
    }
    return fixedDifference <= .zero ? .privateLinkAtAnyTraffic : .natAtAnyTraffic
  }

  /// The crossing within one segment that starts at `start` with `value` and grows by `slope`.
  private func root(
    from start: Quantity, value: Money, slope: Price, end: Quantity?
  ) -> BreakEvenCrossing? {
    if value == .zero && start == .zero {
      if slope < .zero { return .privateLinkAtAnyTraffic }
      if slope > .zero { return .natAtAnyTraffic }
      return nil
    }
    let falls = value > .zero && slope < .zero
    let rises = value < .zero && slope > .zero
    guard falls || rises else { return nil }
    let distance = Quantity(
      units: DecimalText.divideRounded(
        value.units.magnitudeAsInt128, by: slope.units.magnitudeAsInt128))
    let point = start + distance
    if let end, point > end { return nil }
    return falls ? .privateLinkAbove(point) : .natAbove(point)
  }

  /// The most services for which PrivateLink in `layout` costs no more than NAT at this traffic.
  public func maxPrivateLinkServices(layout: Layout, workload: Workload) -> Int {
    let nat = calculator.cost(of: .of(.nat, layout), for: workload)
    let privateLink = calculator.cost(of: .of(.privatelink, layout), for: workload)
    let perService =
      calculator.instanceHours(layout.instances(azs: workload.azs), workload)
      * calculator.table.interfaceEndpoint.hourlyPerAZ
    let budget = nat.monthlyCost - (privateLink.monthlyCost - privateLink.cost(of: .hourly))
    guard perService > .zero else { return WorkloadLimits.maxServices }
    guard budget >= .zero else { return 0 }
    return Int(clamping: budget.units / perService.units)
  }

  /// The crossing in whole invocations a month (rounded up), when invocations carry bytes.
  public static func invocations(at gigabytes: Quantity, bytesPerInvocation: Int128) -> Int128? {
    guard bytesPerInvocation > 0 else { return nil }
    let numerator = gigabytes.units * Quantity.bytesPerGB
    let denominator = bytesPerInvocation * DecimalText.tenToThe(Quantity.scale)
    return (numerator + denominator - 1) / denominator
  }
}

extension Int128 {
  /// The absolute value, which every `Int128` used for money has (values stay far from `min`).
  var magnitudeAsInt128: Int128 { self < 0 ? -self : self }
}
