/// Why a price table could not be had.
public enum PriceTableError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The table is malformed; the problems name file and key (exit 65).
  case invalid([PriceTableProblem])
  /// The file or folder cannot be read (exit 66).
  case unreadable(path: String, reason: String)
  /// No table exists for the region; `suggestion` is the closest known region.
  case unknownRegion(String, suggestion: String?, source: String)

  /// One line for stderr.
  public var description: String {
    switch self {
    case .invalid(let problems):
      let first = problems.first?.description ?? "invalid price table"
      let more = problems.count > 1 ? " (and \(problems.count - 1) more problems)" : ""
      return "malformed price table: \(first)\(more)"
    case .unreadable(let path, let reason):
      return "cannot read price table \(path): \(reason)"
    case .unknownRegion(let region, let suggestion, let source):
      if region.hasPrefix("cn-") || region.hasPrefix("us-gov-") {
        return
          "\(quoting: region) is in \(region.hasPrefix("cn-") ? "AWS China" : "AWS GovCloud (US)"), which vpccost does not cover: its prices are not in \(source) (give a table of your own with --prices)"
      }
      let hint = suggestion.map { "; did you mean \($0)?" } ?? ""
      return
        "unknown region \(quoting: region): no price table for it in \(source)\(hint) (see vpccost --help for --region)"
    }
  }
}
