/// An AWS service a function's permissions use, and where the source shows it.
struct ServiceUse: Sendable, Equatable {
  /// The endpoint service name (`sqs`, `kinesis-streams`, `s3`).
  let service: String
  /// Where it came from, in words (`SQSSendMessagePolicy on Worker`, `sqs:SendMessage in Role`).
  let source: String
}
