/// The AWS services a network's VPC functions call, from their permissions, each with the
/// first place that showed it (for the review to say).
///
/// Services go by their endpoint service names: `sqs:SendMessage` is `sqs`, `kinesis:PutRecord`
/// is `kinesis-streams`; S3 and DynamoDB are reached through gateway endpoints.
struct FunctionServices {
  /// Service name to the first place that showed it (`SQSSendMessagePolicy on Worker`).
  private(set) var sources: [String: String] = [:]

  /// The services the VPC functions of a network use.
  init(_ network: NetworkModel) {
    for (function, _) in network.vpcFunctions {
      for use in function.services where sources[use.service] == nil {
        sources[use.service] = use.source
      }
    }
  }

  /// The services, sorted.
  var names: [String] { sources.keys.sorted() }

  /// The services reached through interface endpoints (not S3 or DynamoDB), sorted.
  var interfaceServices: [String] { names.filter { !Self.gatewayServices.contains($0) } }

  /// The services with free gateway endpoints.
  static let gatewayServices: Set<String> = ["s3", "dynamodb"]

  /// The services IAM actions use, in order, each with `source` (the execution role's own
  /// needs, logs, ENIs and tracing, are not calls the code makes).
  static func services(ofActions actions: [String], source: String) -> [ServiceUse] {
    actions.compactMap { action in
      guard let colon = action.firstIndex(of: ":") else { return nil }
      let prefix = action[..<colon].lowercased()
      guard
        !["ec2", "logs", "xray", "iam", "sts"].contains(prefix) || action.hasPrefix("sts:Assume"),
        let service = actionPrefixes[prefix] ?? (prefix == "*" ? nil : prefix)
      else { return nil }
      return ServiceUse(service: service, source: "\(action) in \(source)")
    }
  }

  /// IAM action prefixes whose endpoint service names differ from them.
  static let actionPrefixes: [String: String] = [
    "kinesis": "kinesis-streams", "ses": "email", "cloudwatch": "monitoring",
    "execute-api": "execute-api", "states": "states", "events": "events",
    "firehose": "kinesis-firehose", "es": "es", "bedrock": "bedrock-runtime",
  ]
}
