/// The services SAM's policy templates grant (`SQSSendMessagePolicy` is `sqs`).
enum SAMPolicyTemplates {
  /// The service a SAM policy template grants, by its name's prefix, or nil.
  static func service(_ name: String) -> String? {
    prefixes.first { name.hasPrefix($0.0) && name.hasSuffix("Policy") }?.1
  }

  private static let prefixes: [(String, String)] = [
    ("SQS", "sqs"), ("SNS", "sns"), ("DynamoDB", "dynamodb"), ("S3", "s3"),
    ("SSMParameter", "ssm"), ("AWSSecretsManager", "secretsmanager"),
    ("SecretsManager", "secretsmanager"), ("KMS", "kms"), ("LambdaInvoke", "lambda"),
    ("StepFunctions", "states"), ("EventBridge", "events"), ("Kinesis", "kinesis-streams"),
    ("SES", "email"), ("CloudWatchPutMetric", "monitoring"), ("Athena", "athena"),
    ("Rekognition", "rekognition"), ("Textract", "textract"), ("Comprehend", "comprehend"),
    ("Polly", "polly"), ("CodePipeline", "codepipeline"), ("Route53", "route53"),
    ("ElasticsearchHttpPost", "es"), ("FirehoseWrite", "kinesis-firehose"),
  ]
}
