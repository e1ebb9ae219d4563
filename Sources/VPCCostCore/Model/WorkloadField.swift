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
  case internetGB = "internet_gb"
  case s3GB = "s3_gb"
  case dynamoDBGB = "dynamodb_gb"
  case vpcs
  case tgwExisting = "tgw_existing"
  case preset

  /// The command-line flag, such as `--request-size`.
  public var flag: String { "--" + rawValue.replacing("_", with: "-") }

  /// The field's position in `allCases`, for array storage.
  public var index: Int {
    switch self {
    case .region: return 0
    case .azs: return 1
    case .invokes: return 2
    case .gb: return 3
    case .requestSize: return 4
    case .responseSize: return 5
    case .overheadSize: return 6
    case .services: return 7
    case .hours: return 8
    case .allowSingleAZ: return 9
    case .internetGB: return 10
    case .s3GB: return 11
    case .dynamoDBGB: return 12
    case .vpcs: return 13
    case .tgwExisting: return 14
    case .preset: return 15
    }
  }

  /// The batch file column, such as `request_size`.
  public var column: String { rawValue }
}
