/// One point of a sweep: the axis value, every design's monthly cost, and the recommendation.
package struct SweepPoint: Sendable {
  /// The value of the varying input.
  package let value: Quantity
  /// The workload at this point (with GB derived where invocations vary).
  package let workload: Workload
  /// Each design's monthly cost, in the order of `DesignID.allCases`.
  package let costs: [DesignCost]
  /// The recommended design at this point.
  package let recommended: DesignID
}
