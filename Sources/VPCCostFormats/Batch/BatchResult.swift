import VPCCostCore

/// One batch workload, priced: its name, workload, prices, design totals and the choice.
package struct BatchResult {
  /// The workload's name from the file, as UTF-8 bytes.
  package let name: ArraySlice<UInt8>
  /// The validated workload.
  package let workload: Workload
  /// The region's prices.
  package let table: PriceTable
  /// Every design that applies, priced by category.
  package let designs: [DesignTotals]
  /// The recommended design and its alternative.
  package let choice: RecommendationChoice
}
