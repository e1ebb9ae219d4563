import VPCCostCore

/// The formats `compare` can write.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table
  case json
  case csv
  case markdown

  /// Renders a comparison in this format.
  public func render(_ comparison: Comparison, options: RenderOptions = RenderOptions()) -> [UInt8]
  {
    switch self {
    case .table: return Array(TableRenderer.render(comparison).utf8)
    case .json:
      return Array(ComparisonJSON.document(comparison, notes: options.notes).serialized().utf8)
    case .csv: return CSVRenderer.render(comparison, detail: options.csvDetail)
    case .markdown:
      return Array(MarkdownRenderer.render(comparison, options: options).utf8)
    }
  }
}
