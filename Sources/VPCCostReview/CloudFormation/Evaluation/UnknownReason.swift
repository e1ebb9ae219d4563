/// Why a value of a template is not known before deployment, in words a review can show.
package enum UnknownReason: Hashable, Sendable, CustomStringConvertible {
  /// A parameter with no default and no value given (`--parameter`).
  case parameter(String)
  /// A pseudo parameter the review was not given (`AWS::AccountId`, `AWS::StackName`, ...).
  case pseudo(String)
  /// A value exported by another stack (`Fn::ImportValue`).
  case imported
  /// A resource attribute known only once the stack is deployed (`!GetAtt R.Attr` in text).
  case attribute(resource: String, name: String)
  /// A value the template computes in a way vpccost does not follow (`Fn::Cidr`'s blocks,
  /// `Fn::Transform`), named.
  case computed(String)
  /// A value the template gets wrong (a `Ref` to nothing, a mapping entry that is missing),
  /// with what is wrong.
  case malformed(String)

  /// The reason in words: "the parameter VpcId has no default".
  package var description: String {
    switch self {
    case .parameter(let name): return "the parameter \(name) has no default and no value was given"
    case .pseudo(let name):
      return "\(name) is known only when the stack is created"
        + (name == "AWS::Region" ? " (pass --region)" : "")
    case .imported: return "it is imported from another stack (Fn::ImportValue)"
    case .attribute(let resource, let name):
      return "\(resource).\(name) is known only once the stack is deployed"
    case .computed(let function): return "vpccost does not compute \(function)"
    case .malformed(let problem): return problem
    }
  }
}
