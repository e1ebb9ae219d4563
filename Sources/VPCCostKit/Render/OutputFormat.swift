/// The formats `compare` can write.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table
  case json

  /// Renders a comparison in this format.
  public func render(_ comparison: Comparison) -> String {
    switch self {
    case .table: return TableRenderer.render(comparison)
    case .json: return ComparisonJSON.document(comparison).serialized()
    }
  }
}
