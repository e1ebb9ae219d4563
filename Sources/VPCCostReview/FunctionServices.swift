/// The AWS services the template's VPC functions call, read from their permissions: IAM
/// actions in their roles' policies, and SAM policy templates on the functions.
///
/// Each service is kept with where it came from (for the review to say), by its endpoint
/// service name: `sqs:SendMessage` and `SQSSendMessagePolicy` are `sqs`; S3 and DynamoDB are
/// reached through gateway endpoints.
struct FunctionServices {
  /// Service name to the first place that showed it (`SQSSendMessagePolicy on Worker`).
  private(set) var sources: [String: String] = [:]

  /// The services the functions of an analysis call.
  init(_ analysis: TemplateAnalysis) {
    for function in analysis.functions {
      let id = function.resource.id
      for policy in TemplateModel.items(analysis.model.property("Policies", of: function.resource))
      {
        if let name = policy.members?.first?.key, let service = Self.samTemplate(name) {
          add(service, "\(name) on \(id)")
        }
        if let managed = policy.string, let service = Self.samTemplate(managed) {
          add(service, "\(managed) on \(id)")
        }
        if let document = policy["Statement"] != nil ? policy : nil {
          for statement in TemplateAnalysis.statements(in: document, source: id) {
            addActions(statement.actions, source: "the policy of \(id)")
          }
        }
      }
      guard let role = function.role else { continue }
      for statement in analysis.statements(for: role) {
        addActions(statement.actions, source: "\(statement.source)")
      }
    }
  }

  /// The services, sorted.
  var names: [String] { sources.keys.sorted() }

  /// The services reached through interface endpoints (not S3 or DynamoDB), sorted.
  var interfaceServices: [String] { names.filter { !Self.gatewayServices.contains($0) } }

  /// The services with free gateway endpoints.
  static let gatewayServices: Set<String> = ["s3", "dynamodb"]

  private mutating func add(_ service: String, _ source: String) {
    if sources[service] == nil { sources[service] = source }
  }

  private mutating func addActions(_ actions: [String], source: String) {
    for action in actions {
      guard let colon = action.firstIndex(of: ":") else { continue }
      let prefix = action[..<colon].lowercased()
      // The execution role's own needs (logs, ENIs, tracing) are not calls the code makes.
      guard
        !["ec2", "logs", "xray", "iam", "sts"].contains(prefix) || action.hasPrefix("sts:Assume")
      else { continue }
      if let service = Self.actionPrefixes[prefix] ?? (prefix == "*" ? nil : prefix) {
        add(service, "\(action) in \(source)")
      }
    }
  }

  /// IAM action prefixes whose endpoint service names differ from them.
  static let actionPrefixes: [String: String] = [
    "kinesis": "kinesis-streams", "ses": "email", "cloudwatch": "monitoring",
    "execute-api": "execute-api", "states": "states", "events": "events",
    "firehose": "kinesis-firehose", "es": "es", "bedrock": "bedrock-runtime",
  ]

  /// The service a SAM policy template grants, by its name's prefix.
  static func samTemplate(_ name: String) -> String? {
    let prefixes: [(String, String)] = [
      ("SQS", "sqs"), ("SNS", "sns"), ("DynamoDB", "dynamodb"), ("S3", "s3"),
      ("SSMParameter", "ssm"), ("AWSSecretsManager", "secretsmanager"),
      ("SecretsManager", "secretsmanager"), ("KMS", "kms"), ("LambdaInvoke", "lambda"),
      ("StepFunctions", "states"), ("EventBridge", "events"), ("Kinesis", "kinesis-streams"),
      ("SES", "email"), ("CloudWatchPutMetric", "monitoring"), ("Athena", "athena"),
      ("Rekognition", "rekognition"), ("Textract", "textract"), ("Comprehend", "comprehend"),
      ("Polly", "polly"), ("CodePipeline", "codepipeline"), ("Route53", "route53"),
      ("ElasticsearchHttpPost", "es"), ("FirehoseWrite", "kinesis-firehose"),
    ]
    return prefixes.first { name.hasPrefix($0.0) && name.hasSuffix("Policy") }?.1
  }
}
