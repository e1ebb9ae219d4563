import VPCCostCore

/// The flags that describe a workload, one per `WorkloadField`.
///
/// Shared by compare, sweep and review. Their values are checked by `WorkloadParser`, which names the flag in its errors.
package enum WorkloadFlags {
  /// Every workload flag in help order.
  package static let all: [FlagSpec] =
    (WorkloadField.allCases.filter { $0 != .allowSingleAZ } + [.allowSingleAZ]).map(spec)

  /// The help line of one field's flag.
  package static func spec(_ field: WorkloadField) -> FlagSpec {
    switch field {
    case .region: return FlagSpec(field.flag, value: "CODE", "AWS region code (default us-east-1)")
    case .azs:
      return FlagSpec(field.flag, value: "N", "Availability Zones the functions run in (default 2)")
    case .invokes:
      return FlagSpec(
        field.flag, value: "COUNT", "invocations a month: 1e6, 1000000 or 1_000_000 (default 1e6)")
    case .gb:
      return FlagSpec(
        field.flag, value: "GB",
        "GB a month through the egress path, both directions (1 GB = 2^30 bytes); instead of --invokes"
      )
    case .requestSize:
      return FlagSpec(field.flag, value: "SIZE", "request payload per invocation (default 1KiB)")
    case .responseSize:
      return FlagSpec(field.flag, value: "SIZE", "response payload per invocation (default 1KiB)")
    case .overheadSize:
      return FlagSpec(
        field.flag, value: "SIZE",
        "headers, SigV4, session token and TLS framing per invocation (default 2KiB)")
    case .services:
      return FlagSpec(
        field.flag, value: "LIST|N",
        "services behind interface endpoints: lambda,sts,... or a count (default lambda)")
    case .hours:
      return FlagSpec(field.flag, value: "H", "hours in the month, 1 to 744 (default 730)")
    case .allowSingleAZ:
      return FlagSpec(
        field.flag, value: nil,
        "let single-AZ designs be recommended with 2 or more AZs (dev and test)")
    case .internetGB:
      return FlagSpec(
        field.flag, value: "GB",
        "GB a month to the internet (third-party APIs): needs a NAT gateway; adds hybrid designs")
    case .s3GB:
      return FlagSpec(field.flag, value: "GB", "GB a month to S3, through free gateway endpoints")
    case .dynamoDBGB:
      return FlagSpec(
        field.flag, value: "GB", "GB a month to DynamoDB, through free gateway endpoints")
    }
  }

  /// The workload fields given as flags.
  package static func input(_ parsed: ParsedFlags) -> WorkloadInput {
    var input = WorkloadInput()
    for field in WorkloadField.allCases {
      if let text = parsed.text(of: spec(field)) { input[field] = text }
    }
    return input
  }
}
