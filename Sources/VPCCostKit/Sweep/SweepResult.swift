/// A whole sweep: its points and where the recommendation's technologies break even.
public struct SweepResult: Sendable {
  /// The varying input.
  public let axis: SweepAxis
  /// The range and scale.
  public let range: SweepRange
  /// The points, in ascending order of the axis.
  public let points: [SweepPoint]
  /// The prices used.
  public let table: PriceTable
  /// The workload at the first point (what did not vary).
  public let base: Workload
  /// The break-even for the layout the recommendation uses (per-AZ unless single-AZ designs
  /// are candidates).
  public let breakEven: BreakEven
  /// Where the break-even lies on this axis, when it does (traffic axes).
  public let crossing: BreakEvenPoint?

  /// The designs priced at every point, in order.
  public var designs: [DesignID] { points.first?.costs.map(\.design) ?? [] }
}
