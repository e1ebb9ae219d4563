/// Everything one comparison found: the priced designs, the recommendation and its boundary.
///
/// Renderers format a `Comparison`; they compute nothing of their own.
public struct Comparison: Sendable {
  /// The validated workload.
  public let workload: Workload
  /// The region's prices that were used.
  public let priceTable: PriceTable
  /// Every design, priced, in the order of `DesignID.allCases`.
  public let designs: [DesignCost]
  /// The recommended design and why.
  public let recommendation: Recommendation
  /// Where the recommendation flips.
  public let breakEven: BreakEven
  /// What the numbers take for granted, in words.
  public let assumptions: [String]
  /// Figures used that are not confirmed, in words.
  public let warnings: [String]
  /// What sharing endpoints or NAT gateways across VPCs costs beyond money (empty for one VPC).
  public let centralisationNotes: [String]

  /// The priced design with this id.
  public func cost(of design: DesignID) -> DesignCost? {
    designs.first { $0.design == design }
  }
}
