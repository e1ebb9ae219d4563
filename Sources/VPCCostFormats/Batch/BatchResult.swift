import VPCCostCore

/// One batch workload, priced: its workload, prices, design totals and the choice (its name
/// stays in the row it came from).
package struct BatchResult {
  /// The validated workload.
  package let workload: Workload
  /// The region's prices.
  package let table: PriceTable
  /// Every design that applies, priced by category.
  package let designs: [DesignTotals]
  /// The recommended design and its alternative.
  package let choice: RecommendationChoice
}
