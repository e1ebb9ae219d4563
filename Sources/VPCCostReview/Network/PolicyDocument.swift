/// An IAM policy document and the roles it is granted to.
struct PolicyDocument: Sendable {
  /// One Allow statement.
  struct Statement: Sendable {
    /// The actions, as written (`lambda:InvokeFunction`, `sqs:*`).
    let actions: [String]
    /// The line of a `Resource: "*"` in it, when it has one.
    let wildcardResourceLine: Int?
    let line: Int
  }

  /// The resource that holds the document (a role's inline policy, or a policy resource).
  let owner: NetworkPlace
  /// The roles it is granted to.
  let roles: [String]
  let statements: [Statement]
}
