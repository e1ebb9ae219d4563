import VPCCostCore

/// Choices that change how a format is written, not what it says, and the facts about the run
/// that a report should carry (who wrote it, how to write it again, notes about the prices).
public struct RenderOptions: Sendable {
  /// CSV: one row per line item instead of one per design.
  public var csvDetail = false
  /// Markdown: a chart to embed, as a link relative to the Markdown file.
  public var chartPath: String?
  /// Markdown: the program and version that wrote the report (`vpccost 0.1.0`).
  public var generator: String?
  /// Markdown: the command line that writes the report again.
  public var commandLine: String?
  /// JSON and Markdown: notes about the prices (stale, unverified), also shown on stderr.
  public var notes: [String] = []

  /// Options with every choice at its default.
  public init(
    csvDetail: Bool = false, chartPath: String? = nil, generator: String? = nil,
    commandLine: String? = nil, notes: [String] = []
  ) {
    self.csvDetail = csvDetail
    self.chartPath = chartPath
    self.generator = generator
    self.commandLine = commandLine
    self.notes = notes
  }
}
