/// One input of a workload, named as a command-line flag and as a batch column.
public enum WorkloadField: String, CaseIterable, Sendable {
  case region
  case azs
  case invokes
  case gb
  case requestSize = "request_size"
  case responseSize = "response_size"
  case overheadSize = "overhead_size"
  case services
  case hours
  case allowSingleAZ = "allow_single_az"

  /// The command-line flag, such as `--request-size`.
  public var flag: String { "--" + rawValue.replacing("_", with: "-") }

  /// The batch file column, such as `request_size`.
  public var column: String { rawValue }
}
