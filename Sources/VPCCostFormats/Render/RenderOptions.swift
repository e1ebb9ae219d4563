import VPCCostCore

/// Choices that change how a format is written, not what it says.
package struct RenderOptions: Sendable {
  /// CSV: one row per line item instead of one per design.
  package var csvDetail = false
  /// Markdown: a chart to embed.
  package var chartPath: String?

  /// Options with every choice at its default.
  package init(csvDetail: Bool = false, chartPath: String? = nil) {
    self.csvDetail = csvDetail
    self.chartPath = chartPath
  }
}
