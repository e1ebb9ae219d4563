/// A gateway VPC endpoint: S3 or DynamoDB, free, reached through route tables.
struct GatewayEndpoint: Sendable {
  let place: NetworkPlace
  /// `s3` or `dynamodb` (or `unknown` when the name is not shown).
  let service: String
  /// The route tables it is added to, by the ids the source refers to.
  let routeTables: [String]
}
