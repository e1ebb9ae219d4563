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
  static func services(
    ofActions actions: [String], source: String, context: ActionContext = ActionContext()
  ) -> [ServiceUse] {
    actions.compactMap { action in
      service(ofAction: action, context: context).map {
        ServiceUse(service: $0, source: "\(action) in \(source)")
      }
    }
  }

  /// The service one IAM action calls from the function's code, or nil when it calls none
  /// outside the VPC.
  static func service(ofAction action: String, context: ActionContext) -> String? {
    guard let colon = action.firstIndex(of: ":") else { return nil }
    let prefix = action[..<colon].lowercased()
    guard
      !["ec2", "logs", "xray", "iam", "sts"].contains(prefix) || action.hasPrefix("sts:Assume"),
      !needsNoWayOut(action, context: context),
      let service = actionPrefixes[prefix] ?? (prefix == "*" ? nil : prefix)
    else { return nil }
    return service
  }

  /// What the template shows around a function that changes which of its actions are calls
  /// its code makes to a service outside the VPC.
  struct ActionContext: Hashable {
    /// The event sources Lambda polls for the function (`kinesis`, `dynamodb`, `sqs`).
    var eventSources: Set<String> = []
    /// Whether the template defines an OpenSearch (Elasticsearch) domain inside a VPC.
    var searchDomainInVPC = false
  }

  /// Whether an action is one the function's code does not send out of the VPC.
  ///
  /// Each rule, with its reason:
  /// - DynamoDB Streams reads: Lambda's event source mapping polls the stream, not the code.
  /// - Kinesis reads and SQS receives and deletes, when Lambda polls that kind of source for
  ///   the function: the event source mapping makes those calls.
  /// - `elasticfilesystem:Client*`: NFS to the file system's mount targets, inside the VPC.
  /// - `rds-db:connect`: IAM authentication to a database inside the VPC.
  /// - `es:ESHttp*` when the template's search domain is in a VPC: HTTPS to it stays inside.
  static func needsNoWayOut(_ action: String, context: ActionContext) -> Bool {
    let lowered = action.lowercased()
    if [
      "dynamodb:describestream", "dynamodb:getrecords", "dynamodb:getsharditerator",
      "dynamodb:liststreams",
    ].contains(lowered) {
      return true
    }
    if lowered.hasPrefix("elasticfilesystem:client") || lowered == "rds-db:connect" { return true }
    if lowered.hasPrefix("es:eshttp") && context.searchDomainInVPC { return true }
    if context.eventSources.contains("kinesis"),
      [
        "kinesis:getrecords", "kinesis:getsharditerator", "kinesis:describestream",
        "kinesis:describestreamsummary", "kinesis:listshards", "kinesis:liststreams",
        "kinesis:subscribetoshard",
      ].contains(lowered)
    {
      return true
    }
    if context.eventSources.contains("sqs"),
      [
        "sqs:receivemessage", "sqs:deletemessage", "sqs:getqueueattributes",
        "sqs:changemessagevisibility",
      ].contains(lowered)
    {
      return true
    }
    return false
  }

  /// IAM action prefixes whose endpoint service names differ from them.
  static let actionPrefixes: [String: String] = [
    "kinesis": "kinesis-streams", "ses": "email", "cloudwatch": "monitoring",
    "execute-api": "execute-api", "states": "states", "events": "events",
    "firehose": "kinesis-firehose", "es": "es", "bedrock": "bedrock-runtime",
  ]
}
