/// An IAM role.
struct IAMRole: Sendable {
  /// A service principal that may assume the role, as written.
  struct Principal: Sendable {
    let name: String
    let line: Int
  }

  let place: NetworkPlace
  /// The service principals of its trust policy.
  let principals: [Principal]
  /// The ARNs of the managed policies attached to it.
  let managedPolicies: [String]
}
