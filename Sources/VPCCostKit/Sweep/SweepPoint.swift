/// One point of a sweep: the axis value, every design's monthly cost, and the recommendation.
public struct SweepPoint: Sendable {
  /// The value of the varying input.
  public let value: Quantity
  /// The workload at this point (with GB derived where invocations vary).
  public let workload: Workload
  /// Each design's monthly cost, in the order of `DesignID.allCases`.
  public let costs: [DesignCost]
  /// The recommended design at this point.
  public let recommended: DesignID
}
