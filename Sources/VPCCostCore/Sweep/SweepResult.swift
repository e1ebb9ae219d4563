/// A whole sweep: its points and where the recommendation's technologies break even.
package struct SweepResult: Sendable {
  /// The varying input.
  package let axis: SweepAxis
  /// The range and scale.
  package let range: SweepRange
  /// The points, in ascending order of the axis.
  package let points: [SweepPoint]
  /// The prices used.
  package let table: PriceTable
  /// The workload at the first point (what did not vary).
  package let base: Workload
  /// The break-even for the layout the recommendation uses (per-AZ unless single-AZ designs
  /// are candidates).
  package let breakEven: BreakEven
  /// Where the break-even lies on this axis, when it does (traffic axes).
  package let crossing: BreakEvenPoint?

  /// The designs priced at every point, in order.
  package var designs: [DesignID] { points.first?.costs.map(\.design) ?? [] }
}
