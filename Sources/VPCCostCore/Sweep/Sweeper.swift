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
      let costs = calculator.designCosts(for: workload)
      let choice = RecommendationChoice.choose(from: costs, workload: workload)
      points.append(
        SweepPoint(value: value, workload: workload, costs: costs, recommended: choice.design))
    }
    let base = points[0].workload
    let layout: Layout =
      base.azs == 1 || base.allowSingleAZ || points[0].recommended.layout == .regional
      ? points[0].recommended.layout : .perAZ
    let breakEven = calculator.breakEven(layout: layout, workload: base)
    return SweepResult(
      axis: axis, range: range, points: points, table: calculator.table, base: base,
      breakEven: breakEven, crossing: crossing(axis: axis, breakEven: breakEven, base: base))
  }

  /// The break-even as a point on a traffic axis, with both costs there.
  private func crossing(axis: SweepAxis, breakEven: BreakEven, base: Workload) -> BreakEvenPoint? {
    if axis == .services {
      let solver = BreakEvenSolver(calculator: calculator)
      guard let point = solver.servicesCrossing(layout: breakEven.layout, workload: base) else {
        return nil
      }
      return BreakEvenPoint(value: point.services, natCost: point.cost, privateLinkCost: point.cost)
    }
    guard let gigabytes = breakEven.gbPerMonth else { return nil }
    let value: Quantity
    switch axis {
    case .gigabytes: value = gigabytes
    case .invocations:
      guard let invocations = breakEven.invocationsPerMonth else { return nil }
      value = Quantity(whole: invocations)
    case .services: return nil
    }
    let workload = base.with(gigabytes: gigabytes)
    return BreakEvenPoint(
      value: value,
      natCost: calculator.cost(of: breakEven.natDesign, for: workload).monthlyCost,
      privateLinkCost: calculator.cost(of: breakEven.endpointDesign, for: workload).monthlyCost)
  }
}
