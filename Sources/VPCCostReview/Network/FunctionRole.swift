/// The role a function runs with.
enum FunctionRole: Sendable {
  /// A role of the network, by id.
  case defined(String)
  /// A role the deployment tool creates for it (SAM, without `Role`), with the managed policies
  /// and policy templates it is given, by name; SAM adds the VPC access policy to it.
  case created(grants: [String])
  /// A role from outside the source.
  case external
}
