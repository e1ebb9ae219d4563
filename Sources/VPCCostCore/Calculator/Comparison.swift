/// Everything one comparison found: the priced designs, the recommendation and its boundary.
///
/// Renderers format a `Comparison`; they compute nothing of their own.
package struct Comparison: Sendable {
  /// The validated workload.
  package let workload: Workload
  /// The region's prices that were used.
  package let priceTable: PriceTable
  /// Every design, priced, in the order of `DesignID.allCases`.
  package let designs: [DesignCost]
  /// The recommended design and why.
  package let recommendation: Recommendation
  /// Where the recommendation flips.
  package let breakEven: BreakEven
  /// What the numbers take for granted, in words.
  package let assumptions: [String]
  /// Figures used that are not confirmed, in words.
  package let warnings: [String]

  /// The priced design with this id.
  package func cost(of design: DesignID) -> DesignCost? {
    designs.first { $0.design == design }
  }
}
