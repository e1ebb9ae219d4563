/// Prices every design at each point of a range of one input.
package struct Sweeper: Sendable {
  let calculator: CostCalculator

  /// Creates a sweeper over one region's prices.
  package init(calculator: CostCalculator) { self.calculator = calculator }

  /// Runs the sweep: each point's value is put in the input as text and validated by the same
  /// `WorkloadParser` that `compare` uses.
  package func sweep(
    _ input: WorkloadInput, axis: SweepAxis, range: SweepRange, points count: Int
  ) throws(WorkloadError) -> SweepResult {
    var points: [SweepPoint] = []
    for value in range.points(count, whole: axis.isWhole) {
      var pointInput = input
      pointInput[axis.field] = value.decimalString
      let workload = try WorkloadParser.parse(pointInput, table: calculator.table)
      let costs =
        axis == .vpcs
        ? Self.vpcDesigns.map { calculator.cost(of: $0, for: workload) }
        : calculator.designCosts(for: workload)
      let choice = RecommendationChoice.choose(from: costs, workload: workload)
      points.append(
        SweepPoint(value: value, workload: workload, costs: costs, recommended: choice.design))
    }
    let base = points[0].workload
    let layout: Layout =
      base.azs == 1 || base.allowSingleAZ || points[0].recommended.layout == .regional
      ? points[0].recommended.layout : .perAZ
    // On the VPC axis the break-even that matters is the hub's, which needs two VPCs or more.
    let breakEven = calculator.breakEven(
      layout: layout == .shared ? .perAZ : layout,
      workload: axis == .vpcs ? base.with(vpcs: max(base.vpcs, 2)) : base)
    return SweepResult(
      axis: axis, range: range, points: points, table: calculator.table, base: base,
      breakEven: breakEven, crossing: crossing(axis: axis, breakEven: breakEven, base: base))
  }

  /// The designs a sweep over the VPC count compares: in every VPC against shared.
  static let vpcDesigns: [DesignID] = [.natPerAZ, .privateLinkPerAZ, .hubEndpoints, .centralEgress]

  /// The break-even as a point on the axis, with both costs there.
  private func crossing(axis: SweepAxis, breakEven: BreakEven, base: Workload) -> BreakEvenPoint? {
    if axis == .vpcs {
      guard let vpcs = breakEven.vpcs else { return nil }
      let workload = base.with(vpcs: vpcs)
      return BreakEvenPoint(
        value: Quantity(whole: Int128(vpcs)),
        cost: calculator.cost(of: .privateLinkPerAZ, for: workload).monthlyCost,
        otherCost: calculator.cost(of: .hubEndpoints, for: workload).monthlyCost)
    }
    if axis == .services {
      let solver = BreakEvenSolver(calculator: calculator)
      guard let point = solver.servicesCrossing(layout: breakEven.layout, workload: base) else {
        return nil
      }
      return BreakEvenPoint(value: point.services, cost: point.cost, otherCost: point.cost)
    }
    guard let gigabytes = breakEven.gbPerMonth else { return nil }
    let value: Quantity
    switch axis {
    case .gigabytes: value = gigabytes
    case .invocations:
      guard let invocations = breakEven.invocationsPerMonth else { return nil }
      value = Quantity(whole: invocations)
    case .services, .vpcs: return nil
    }
    let workload = base.with(gigabytes: gigabytes)
    return BreakEvenPoint(
      value: value,
      cost: calculator.cost(of: breakEven.natDesign, for: workload).monthlyCost,
      otherCost: calculator.cost(of: breakEven.endpointDesign, for: workload).monthlyCost)
  }
}
