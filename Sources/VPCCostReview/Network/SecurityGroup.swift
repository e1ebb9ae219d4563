/// A security group with its rules (those written in it and those attached from outside it).
struct SecurityGroup: Sendable {
  let place: NetworkPlace
  /// The VPC it belongs to, by the id the source refers to (a resource, parameter or literal).
  let vpc: String?
  let ingress: [SecurityRule]
  let egress: [SecurityRule]
  /// The line of its own egress rules, when it has them.
  let egressLine: Int?
  /// Whether the source settles its rules (false when an `Fn::If` it does not settle chooses
  /// them): rules not shown are not checked.
  var rulesShown = true
}
