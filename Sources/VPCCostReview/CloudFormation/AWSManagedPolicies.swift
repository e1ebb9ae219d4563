/// The AWS services that common AWS managed policies let a function call, by policy name.
///
/// Data, not logic: a policy not listed grants nothing the review counts. Execution-role
/// policies (`AWSLambdaBasicExecutionRole`, `AWSLambdaVPCAccessExecutionRole`) are not listed on
/// purpose: Lambda itself writes the logs and manages the ENIs, the function's code calls
/// neither. Source: AWS managed policy reference, policy list
/// (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html), read
/// 2026-12-08.
enum AWSManagedPolicies {
  /// The service a policy named `name` (or ending in `policy/name`, an ARN) grants, or nil.
  static func service(_ nameOrARN: String) -> String? {
    let name = nameOrARN.split(separator: "/").last.map(String.init) ?? nameOrARN
    return services[name]
  }

  static let services: [String: String] = [
    "AmazonDynamoDBFullAccess": "dynamodb", "AmazonDynamoDBReadOnlyAccess": "dynamodb",
    "AmazonS3FullAccess": "s3", "AmazonS3ReadOnlyAccess": "s3",
    "AmazonSQSFullAccess": "sqs", "AmazonSQSReadOnlyAccess": "sqs",
    "AmazonSNSFullAccess": "sns", "AmazonSNSReadOnlyAccess": "sns",
    "AWSLambda_FullAccess": "lambda", "AWSLambdaRole": "lambda",
    "SecretsManagerReadWrite": "secretsmanager", "AmazonSSMReadOnlyAccess": "ssm",
    "AmazonKinesisFullAccess": "kinesis-streams", "AmazonKinesisReadOnlyAccess": "kinesis-streams",
    "AmazonKinesisFirehoseFullAccess": "kinesis-firehose",
    "AmazonEventBridgeFullAccess": "events", "AWSStepFunctionsFullAccess": "states",
    "CloudWatchFullAccess": "monitoring", "AmazonRDSDataFullAccess": "rds-data",
    "AWSXrayWriteOnlyAccess": "xray", "AmazonSESFullAccess": "email",
    "AmazonAthenaFullAccess": "athena", "AmazonTextractFullAccess": "textract",
  ]
}
