/// A function of the network (Lambda), in a VPC or not.
struct NetworkFunction: Sendable {
  let place: NetworkPlace
  /// Its runtime (`python3.12`), when shown.
  let runtime: String?
  let runtimeLine: Int?
  let role: FunctionRole
  /// The AWS services its permissions use, in the order found.
  let services: [ServiceUse]
  /// Its VPC subnets and security groups; nil when it does not run in a VPC.
  let vpc: VPCAttachment?
  /// The functions of the network its code names, and so invokes (an environment variable
  /// that refers to one).
  var invokes: [String] = []
}
