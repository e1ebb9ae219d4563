/// What an evaluation knows besides the template: the parameter values given, and the region,
/// account and stack the template would be deployed as.
package struct EvaluationContext: Sendable {
  /// Parameter values given by the user, by name (`--parameter`, `--parameters FILE`); they win
  /// over defaults.
  package var parameters: [String: String]
  /// `AWS::Region`, when known.
  package var region: String?
  /// How many AZs the region has (its price table's count), for `Fn::GetAZs`.
  package var azCount: Int?
  /// `AWS::AccountId`, when given.
  package var accountId: String?
  /// `AWS::StackName`, when given.
  package var stackName: String?

  /// A context; anything not given stays unknown.
  package init(
    parameters: [String: String] = [:], region: String? = nil, azCount: Int? = nil,
    accountId: String? = nil, stackName: String? = nil
  ) {
    self.parameters = parameters
    self.region = region
    self.azCount = azCount
    self.accountId = accountId
    self.stackName = stackName
  }
}
