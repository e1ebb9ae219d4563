import VPCCostCore

/// Choices that change how a format is written, not what it says.
public struct RenderOptions: Sendable {
  /// CSV: one row per line item instead of one per design.
  public var csvDetail = false
  /// Markdown: a chart to embed.
  public var chartPath: String?

  /// Options with every choice at its default.
  public init(csvDetail: Bool = false, chartPath: String? = nil) {
    self.csvDetail = csvDetail
    self.chartPath = chartPath
  }
}
