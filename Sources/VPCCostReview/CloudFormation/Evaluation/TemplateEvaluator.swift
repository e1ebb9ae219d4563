import VPCCostCore
import VPCCostFormats

/// Evaluates a CloudFormation template's values as CloudFormation would before deploying it:
/// parameters (given values, then defaults), pseudo parameters, conditions and intrinsic
/// functions, with an honest "unknown" for whatever the template and the context do not show.
///
/// Conditions are evaluated once each and remembered, so conditions that fan out (each an
/// `Fn::And` of many copies of the next) cost their count, not the product of their widths; a
/// circle of conditions is `TemplateEvaluationError.conditionCycle`, as CloudFormation rejects it.
package final class TemplateEvaluator {
  /// The deepest nesting of intrinsic functions followed.
  package static let maxDepth = 64

  private let parameterDeclarations: [String: TemplateNode]
  private let mappings: TemplateNode?
  private let conditionNodes: [String: TemplateNode]
  private let resources: Set<String>
  let context: EvaluationContext
  /// The conditions evaluated so far.
  private var conditionValues: [String: ConditionValue] = [:]
  /// The conditions being evaluated, outermost first (to name a circle).
  private var evaluating: [String] = []

  /// An evaluator of a template's root in a context.
  package init(_ root: TemplateNode, context: EvaluationContext = EvaluationContext()) {
    var declarations: [String: TemplateNode] = [:]
    for (name, declaration) in root["Parameters"]?.members ?? [] {
      declarations[name] = declaration
    }
    parameterDeclarations = declarations
    mappings = root["Mappings"]
    var conditions: [String: TemplateNode] = [:]
    for (name, node) in root["Conditions"]?.members ?? [] { conditions[name] = node }
    conditionNodes = conditions
    resources = Set(root["Resources"]?.members?.map(\.key) ?? [])
    self.context = context
  }

  /// The value of a node.
  package func value(_ node: TemplateNode) throws(TemplateEvaluationError) -> TemplateValue {
    try value(node, depth: 0)
  }

  /// Whether a named condition holds.
  package func condition(_ name: String) throws(TemplateEvaluationError) -> ConditionValue {
    if let known = conditionValues[name] { return known }
    if let start = evaluating.firstIndex(of: name) {
      throw .conditionCycle(Array(evaluating[start...]) + [name])
    }
    guard let node = conditionNodes[name] else {
      return .unknown(.malformed("there is no condition named \(name)"))
    }
    evaluating.append(name)
    defer { evaluating.removeLast() }
    let result = try conditionExpression(node, depth: 0)
    conditionValues[name] = result
    return result
  }

  /// Whether a resource is created: its `Condition`, or always.
  package func creates(_ resource: TemplateNode) throws(TemplateEvaluationError) -> ConditionValue {
    guard let name = resource["Condition"]?.string else { return .known(true) }
    return try condition(name)
  }

  func value(_ node: TemplateNode, depth: Int) throws(TemplateEvaluationError) -> TemplateValue {
    guard depth <= Self.maxDepth else { throw .tooDeep(line: node.line) }
    switch node.value {
    case .string(let text), .number(let text): return .text(text)
    case .bool(let flag): return .text(flag ? "true" : "false")
    case .null: return .unknown(.malformed("a null value"))
    case .array(let items):
      var values: [TemplateValue] = []
      for item in items {
        let itemValue = try value(item, depth: depth + 1)
        if itemValue != .noValue { values.append(itemValue) }
      }
      return .list(values)
    case .object(let members):
      if members.count == 1, Self.isFunction(members[0].key) {
        return try function(members[0].key, members[0].value, line: node.line, depth: depth + 1)
      }
      var values: [TemplateMember] = []
      for (key, member) in members {
        let memberValue = try value(member, depth: depth + 1)
        if memberValue != .noValue { values.append(TemplateMember(key: key, value: memberValue)) }
      }
      return .map(values)
    }
  }

  /// Whether a key names an intrinsic function (`Ref` or `Fn::...`).
  static func isFunction(_ key: String) -> Bool { key == "Ref" || key.hasPrefix("Fn::") }

  /// `Ref` to a parameter, a pseudo parameter or a resource.
  func reference(_ name: String) -> TemplateValue {
    if let declaration = parameterDeclarations[name] { return parameter(name, declaration) }
    if name.hasPrefix("AWS::") { return pseudo(name) }
    if resources.contains(name) { return .reference(name, attribute: nil) }
    return .unknown(.malformed("Ref to \(name), which the template does not define"))
  }

  /// A parameter's value: the one given, else its default; a list for list types.
  private func parameter(_ name: String, _ declaration: TemplateNode) -> TemplateValue {
    let type = declaration["Type"]?.string ?? "String"
    let isList = type == "CommaDelimitedList" || type.hasPrefix("List<")
    if context.parameters[name] == nil, let items = declaration["Default"]?.array, isList {
      return .list(items.map { .text($0.string ?? "") })
    }
    guard let text = context.parameters[name] ?? declaration["Default"]?.string else {
      return .unknown(.parameter(name))
    }
    guard isList else { return .text(text) }
    if text.isEmpty { return .list([]) }
    return .list(
      text.split(separator: ",", omittingEmptySubsequences: false).map {
        .text(String(String($0).trimmingASCIIWhitespace))
      })
  }

  /// A pseudo parameter: the region and what follows from it, or the context's values.
  private func pseudo(_ name: String) -> TemplateValue {
    let known: String? =
      switch name {
      case "AWS::Region": context.region
      case "AWS::AccountId": context.accountId
      case "AWS::StackName": context.stackName
      case "AWS::Partition": context.region.map(Self.partition)
      case "AWS::URLSuffix":
        context.region.map { $0.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com" }
      default: nil
      }
    if name == "AWS::NoValue" { return .noValue }
    return known.map(TemplateValue.text) ?? .unknown(.pseudo(name))
  }

  /// The partition of a region: `aws-cn` in China, `aws-us-gov` in GovCloud, else `aws`.
  static func partition(of region: String) -> String {
    if region.hasPrefix("cn-") { return "aws-cn" }
    if region.hasPrefix("us-gov-") { return "aws-us-gov" }
    return "aws"
  }

  /// A condition function (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`), in
  /// three-valued logic: an `Fn::And` with a false member is false whatever the others are.
  func conditionExpression(_ node: TemplateNode, depth: Int) throws(TemplateEvaluationError)
    -> ConditionValue
  {
    guard depth <= Self.maxDepth else { throw .tooDeep(line: node.line) }
    if let name = node["Condition"]?.string { return try condition(name) }
    if let pair = node["Fn::Equals"]?.array, pair.count == 2 {
      return Self.equals(try value(pair[0], depth: depth + 1), try value(pair[1], depth: depth + 1))
    }
    if let inner = node["Fn::Not"]?.array, inner.count == 1 {
      let result = try conditionExpression(inner[0], depth: depth + 1)
      return result.known.map { .known(!$0) } ?? result
    }
    for (key, all) in [("Fn::And", true), ("Fn::Or", false)] {
      guard let items = node[key]?.array else { continue }
      var unknown: ConditionValue?
      for item in items {
        let result = try conditionExpression(item, depth: depth + 1)
        switch result {
        case .known(let holds) where holds != all: return .known(holds)
        case .known: continue
        case .unknown: unknown = unknown ?? result
        }
      }
      return unknown ?? .known(all)
    }
    return .unknown(.malformed("not a condition function at line \(node.line)"))
  }

  /// `Fn::Equals` of two values: known when both are known, or when every alternative of an
  /// `Fn::If` gives the same answer.
  static func equals(_ left: TemplateValue, _ right: TemplateValue) -> ConditionValue {
    if case .oneOf(let options, _) = left {
      return same(options.map { equals($0, right) }) ?? .unknown(reason(left))
    }
    if case .oneOf(let options, _) = right {
      return same(options.map { equals(left, $0) }) ?? .unknown(reason(right))
    }
    guard left.isLiteral && right.isLiteral else {
      return .unknown(reason(left.isLiteral ? right : left))
    }
    return .known(left == right)
  }

  /// The one answer all alternatives give, if they agree and it is known.
  private static func same(_ answers: [ConditionValue]) -> ConditionValue? {
    guard let first = answers.first, first.known != nil, answers.allSatisfy({ $0 == first })
    else { return nil }
    return first
  }

  /// Why a value is not known: the first unknown part's reason.
  static func reason(_ value: TemplateValue) -> UnknownReason {
    switch value {
    case .unknown(let reason): return reason
    case .reference(let resource, let attribute):
      return .attribute(resource: resource, name: attribute ?? "Ref")
    case .oneOf(_, let condition): return .malformed("it depends on the condition \(condition)")
    case .list(let items), .composite(let items):
      return items.first { !$0.isLiteral }.map(reason) ?? .computed("a value")
    case .map(let members):
      return members.first { !$0.value.isLiteral }.map { reason($0.value) } ?? .computed("a value")
    case .joined(let inner, _): return reason(inner)
    case .zone, .zones: return .pseudo("Fn::GetAZs")
    case .text, .noValue: return .computed("a value")
    }
  }

  /// A mapping's entry, when the template has it.
  func mappingEntry(_ map: String, _ top: String, _ second: String) -> TemplateNode? {
    mappings?[map]?[top]?[second]
  }
}
