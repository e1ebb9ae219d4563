extension CostCalculator {
  /// Prices every design, chooses one, finds the break-even and explains the choice.
  public func compare(_ workload: Workload) -> Comparison {
    let designs = designCosts(for: workload)
    let choice = RecommendationChoice.choose(from: designs, workload: workload)
    // A shared winner is weighed against the designs in every VPC by `breakEven.hub`; the
    // traffic break-even stays the per-VPC one.
    let layout = choice.design.layout == .shared ? .perAZ : choice.design.layout
    let breakEven = breakEven(layout: layout, workload: workload)
    let reasons = RecommendationExplainer.reasons(
      choice: choice, designs: designs, breakEven: breakEven, workload: workload)
    return Comparison(
      workload: workload, priceTable: table, designs: designs,
      recommendation: Recommendation(choice: choice, reasons: reasons), breakEven: breakEven,
      assumptions: Assumptions.list(for: workload, table: table),
      warnings: Assumptions.warnings(for: table),
      centralisationNotes: CentralisationNotes.list(for: workload))
  }

  /// The break-even figures for one layout.
  public func breakEven(layout: Layout, workload: Workload) -> BreakEven {
    let solver = BreakEvenSolver(calculator: self)
    let crossing = solver.crossing(layout: layout, workload: workload)
    let invocations = crossing.gigabytes.flatMap {
      BreakEvenSolver.invocations(at: $0, bytesPerInvocation: workload.bytesPerInvocation)
    }
    let maxServices = solver.maxPrivateLinkServices(layout: layout, workload: workload)
    let pair = BreakEvenSolver.pair(layout: layout, workload: workload)
    let hub = workload.isOrganisation ? HubBreakEvenSolver(calculator: self).solve(workload) : nil
    var summary = BreakEvenWording.summary(
      crossing: crossing, invocations: invocations, maxServices: maxServices, pair: pair,
      workload: workload)
    if let hub { summary += " " + BreakEvenWording.hubSentence(hub, workload: workload) }
    return BreakEven(
      layout: layout, natDesign: pair.nat, endpointDesign: pair.endpoints, crossing: crossing,
      invocationsPerMonth: invocations, maxPrivateLinkServices: maxServices, hub: hub,
      summary: summary)
  }
}
