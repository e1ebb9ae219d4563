import VPCCostCore

/// The flags that describe a workload, one per `WorkloadField`.
///
/// Shared by compare, sweep and review. Their values are checked by `WorkloadParser`, which
/// names the flag in its errors.
package enum WorkloadFlags {
  /// Each field's value name (nil for a switch) and help line, in help order.
  private static let table: [(WorkloadField, String?, String)] = [
    (.region, "CODE", "AWS region code (default us-east-1)"),
    (.azs, "N", "Availability Zones the functions run in (default 2)"),
    (.invokes, "COUNT", "invocations a month: 1e6, 1000000 or 1_000_000 (default 1e6)"),
    (
      .gb, "GB",
      "GB a month through the egress path, both directions (1 GB = 2^30 bytes); instead of --invokes"
    ),
    (.requestSize, "SIZE", "request payload per invocation (default 1KiB)"),
    (.responseSize, "SIZE", "response payload per invocation (default 1KiB)"),
    (
      .overheadSize, "SIZE",
      "headers, SigV4, session token and TLS framing per invocation (default 2KiB)"
    ),
    (
      .services, "LIST|N",
      "services behind interface endpoints: lambda,sts,... or a count (default lambda)"
    ),
    (
      .preset, "NAME",
      "the services a workload needs: eks, ecs-fargate, ssm or lambda; --services adds to it"
    ),
    (.hours, "H", "hours in the month, 1 to 744 (default 730)"),
    (
      .internetGB, "GB",
      "GB a month to the internet (third-party APIs): needs a NAT gateway; adds hybrid designs"
    ),
    (.s3GB, "GB", "GB a month to S3, through free gateway endpoints"),
    (.dynamoDBGB, "GB", "GB a month to DynamoDB, through free gateway endpoints"),
    (.allowSingleAZ, nil, "let single-AZ designs be recommended with 2 or more AZs (dev and test)"),
    (
      .vpcs, "N",
      "spoke VPCs, each with the workload (default 1); 2 or more add hub-endpoints and central-egress"
    ),
    (
      .tgwExisting, nil,
      "the VPCs are attached to a Transit Gateway already: attachments not priced"
    ),
  ]

  /// Every workload flag in help order.
  package static let all: [FlagSpec] = table.map { FlagSpec($0.0.flag, value: $0.1, $0.2) }

  /// The flag of one field.
  package static func spec(_ field: WorkloadField) -> FlagSpec {
    all[table.firstIndex { $0.0 == field } ?? 0]
  }

  /// The workload fields given as flags.
  package static func input(_ parsed: ParsedFlags) -> WorkloadInput {
    var input = WorkloadInput()
    for (field, spec) in zip(table.map(\.0), all) {
      if let text = parsed.text(of: spec) { input[field] = text }
    }
    return input
  }
}
