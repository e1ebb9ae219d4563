/// One batch workload, priced: its name, workload, prices, designs and the choice among them.
public struct BatchResult {
  /// The workload's name from the file.
  public let name: String
  /// The validated workload.
  public let workload: Workload
  /// The region's prices.
  public let table: PriceTable
  /// Every design, priced.
  public let designs: [DesignCost]
  /// The recommended design and its alternative.
  public let choice: RecommendationChoice
}
