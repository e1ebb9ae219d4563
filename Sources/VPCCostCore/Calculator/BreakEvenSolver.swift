/// Finds where a NAT design and its endpoint counterpart cost the same, on the tiered
/// endpoint-data curve.
///
/// The endpoint side is the PrivateLink design of the layout, or the hybrid design when some
/// traffic goes to the internet (NAT gateway kept for it, endpoints added beside). As AWS-service
/// traffic D varies, everything else (cross-AZ, internet egress, gateway endpoints) is the same
/// on both sides, so the difference endpoints(D) - NAT(D) changes by EP tier price - NAT_gb per
/// GB within each tier: piecewise linear, and each segment's root is exact up to one division.
package struct BreakEvenSolver: Sendable {
  let calculator: CostCalculator

  /// Creates a solver over one region's prices.
  package init(calculator: CostCalculator) { self.calculator = calculator }

  /// The NAT design and the endpoint design compared for a layout.
  package static func pair(layout: Layout, workload: Workload) -> (
    nat: DesignID, endpoints: DesignID
  ) {
    (.of(.nat, layout), .of(workload.needsInternet ? .hybrid : .privatelink, layout))
  }

  /// The endpoint side's cost minus the NAT side's, at `gigabytes` of AWS-service traffic.
  func difference(
    _ pair: (nat: DesignID, endpoints: DesignID), at gigabytes: Quantity, workload: Workload
  ) -> Money {
    let at = workload.with(gigabytes: gigabytes)
    return calculator.cost(of: pair.endpoints, for: at).monthlyCost
      - calculator.cost(of: pair.nat, for: at).monthlyCost
  }

  /// Where the two sides' costs meet for `layout` as the workload's AWS-service traffic varies.
  package func crossing(layout: Layout, workload: Workload) -> BreakEvenCrossing {
    let pair = Self.pair(layout: layout, workload: workload)
    let natPerGB = calculator.natPrice(regional: pair.nat.layout == .regional).perGB
    let atZero = difference(pair, at: .zero, workload: workload)
    var start = Quantity.zero
    // Tiers apply to all VPCs' traffic together: N x D crosses a bound at D = bound / N, and
    // each GB more per VPC changes the difference N times.
    let vpcs = workload.vpcs
    for tier in calculator.table.interfaceEndpoint.data.tiers {
      let atStart = start == .zero ? atZero : difference(pair, at: start, workload: workload)
      let end = tier.upToGB.map { $0.scaled(by: 1, over: vpcs) }
      if let root = root(
        from: start, value: atStart, slope: (tier.perGB - natPerGB).multiplied(by: vpcs), end: end)
      {
        return root
      }
      guard let end else { break }
      start = end
    }
    return atZero <= .zero ? .privateLinkAtAnyTraffic : .natAtAnyTraffic
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
    guard distance <= WorkloadLimits.maxGB else { return nil }  // beyond any workload
    let point = start + distance
    if let end, point > end { return nil }
    guard point <= WorkloadLimits.maxGB else { return nil }
    return falls ? .privateLinkAbove(point) : .natAbove(point)
  }

  /// What the endpoint side may spend on endpoint hours before it costs more than the NAT side
  /// at this traffic, what one more service's endpoints cost, and the NAT side's cost.
  func serviceBudget(
    layout: Layout, workload: Workload
  ) -> (budget: Money, perService: Money, natCost: Money) {
    let pair = Self.pair(layout: layout, workload: workload)
    let nat = calculator.cost(of: pair.nat, for: workload)
    let endpoints = calculator.cost(of: pair.endpoints, for: workload)
    let endpointHours = endpoints.lineItems.first { $0.id == .endpointHours }?.cost ?? .zero
    let perService =
      calculator.instanceHours(layout.instances(azs: workload.azs) * workload.vpcs, workload)
      * calculator.table.interfaceEndpoint.hourlyPerAZ
    return (nat.monthlyCost - (endpoints.monthlyCost - endpointHours), perService, nat.monthlyCost)
  }

  /// The most services for which the endpoint side of `layout` costs no more than the NAT side
  /// at this traffic.
  package func maxPrivateLinkServices(layout: Layout, workload: Workload) -> Int {
    let (budget, perService, _) = serviceBudget(layout: layout, workload: workload)
    guard perService > .zero else { return WorkloadLimits.maxServices }
    guard budget >= .zero else { return 0 }
    // More than vpccost prices (and than AWS offers) reads as "any number".
    return min(Int(clamping: budget.units / perService.units), WorkloadLimits.maxServices)
  }

  /// Where the two sides' costs meet as the number of endpoint services varies, at this traffic.
  ///
  /// The NAT side does not depend on it, the endpoint side grows by one endpoint's
  /// hours per service. The point is a fraction of a service (a chart marks it between two
  /// counts); nil when the endpoint side costs more even with no service.
  package func servicesCrossing(
    layout: Layout, workload: Workload
  ) -> (services: Quantity, cost: Money)? {
    let (budget, perService, natCost) = serviceBudget(layout: layout, workload: workload)
    guard perService > .zero, budget >= .zero else { return nil }
    // budget / perService in units of 10^-12 service; 256-bit, as budget x 10^12 may not fit.
    let scaled = budget.units.multipliedFullWidth(by: DecimalText.tenToThe(Quantity.scale))
    let (services, _) = perService.units.dividingFullWidth(scaled)
    return (Quantity(units: services), natCost)
  }

  /// The crossing in whole invocations a month (rounded up), when invocations carry bytes.
  package static func invocations(at gigabytes: Quantity, bytesPerInvocation: Int128) -> Int128? {
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
