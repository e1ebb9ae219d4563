import VPCCostCore

/// One batch workload, priced: its name, workload, prices, designs and the choice among them.
package struct BatchResult {
  /// The workload's name from the file.
  package let name: String
  /// The validated workload.
  package let workload: Workload
  /// The region's prices.
  package let table: PriceTable
  /// Every design, priced.
  package let designs: [DesignCost]
  /// The recommended design and its alternative.
  package let choice: RecommendationChoice
}
