import VPCCostCore

/// Reads a CloudFormation template, YAML or JSON, into `TemplateNode`s with long-form intrinsic
/// functions: `!Ref X` is `{"Ref": "X"}`, `!GetAtt A.B` is `{"Fn::GetAtt": ["A", "B"]}`, and any
/// other `!Name` is `{"Fn::Name": ...}`, as cfn-lint's decoder reads them.
///
/// JSON is read as the YAML it also is, with the same YAML 1.1 scalar rules, as cfn-lint reads
/// it (so `1.5e3`, without a dot or a signed exponent, stays a string).
package enum TemplateReader {
  /// The largest template read: CloudFormation accepts 1 MB; this leaves room.
  package static let maxBytes = 8 << 20

  /// The template's root, or a `TemplateError` with line and column.
  package static func read(_ text: String) throws(TemplateError) -> TemplateNode {
    guard text.utf8.count <= maxBytes else {
      throw TemplateError(
        line: 1, column: 1, message: "the template is larger than \(maxBytes >> 20) MB")
    }
    var parser = YAMLParser(text)
    guard let root = try parser.parseDocument() else {
      return TemplateNode(value: .object([]), line: 1)
    }
    return try convert(root)
  }

  private static let unconverted: Set<String> = ["Ref", "Condition"]

  static func convert(_ node: YAMLNode) throws(TemplateError) -> TemplateNode {
    let line = node.line
    guard let tag = node.tag else { return try untagged(node) }
    if tag.hasPrefix("!!") { return try standardTag(tag, node) }
    let name = String(tag.dropFirst())
    let function = unconverted.contains(name) ? name : "Fn::" + name
    let argument: TemplateNode
    switch node {
    case .scalar(let text, _, _, let scalarLine, _):
      if function == "Fn::GetAtt" {
        let parts = text.split(separator: ".", maxSplits: 1).map {
          TemplateNode(value: .string(String($0)), line: scalarLine)
        }
        argument = TemplateNode(value: .array(parts), line: scalarLine)
      } else {
        argument = TemplateNode(value: .string(text), line: scalarLine)
      }
    default:
      argument = try untagged(node)
    }
    return TemplateNode(value: .object([(function, argument)]), line: line)
  }

  private static func untagged(_ node: YAMLNode) throws(TemplateError) -> TemplateNode {
    switch node {
    case .scalar(let text, let style, _, let line, _):
      guard style == .plain else { return TemplateNode(value: .string(text), line: line) }
      return TemplateNode(value: ScalarResolver.resolve(text), line: line)
    case .sequence(let items, _, let line, _):
      var converted: [TemplateNode] = []
      for item in items { converted.append(try convert(item)) }
      return TemplateNode(value: .array(converted), line: line)
    case .mapping(let pairs, _, let line, let column):
      var members: [(key: String, value: TemplateNode)] = []
      // Keys as read: `1` and `0x1`, or `yes` and `true`, are one key twice, as cfn-lint's
      // decoder says.
      var keys: [String: String] = [:]
      for pair in pairs {
        var key = pair.key
        if pair.keyStyle == .plain {
          switch ScalarResolver.resolve(pair.key) {
          case .null:
            throw TemplateError(
              line: line, column: column,
              message: "a null key (\(quoting: pair.key)) is not supported")
          case .bool(let flag): key = flag ? "true" : "false"
          case .number(let number): key = number
          default: break
          }
        }
        if let first = keys[key] {
          throw TemplateError(
            line: pair.keyLine, column: 1,
            message:
              "duplicate key \(quoting: pair.key) (read as \(quoting: key), as \(quoting: first) before it)"
          )
        }
        keys[key] = pair.key
        var value = try convert(pair.value)
        value.keyLine = pair.keyLine
        members.append((key, value))
      }
      return TemplateNode(value: .object(members), line: line)
    }
  }

  /// `!!str` and friends: the standard YAML tags CloudFormation accepts.
  private static func standardTag(_ tag: String, _ node: YAMLNode) throws(TemplateError)
    -> TemplateNode
  {
    guard case .scalar(let text, _, _, let line, let column) = node else {
      throw TemplateError(line: node.line, column: 1, message: "the tag \(tag) goes on a scalar")
    }
    switch tag {
    case "!!str": return TemplateNode(value: .string(text), line: line)
    case "!!int", "!!float", "!!bool", "!!null":
      return TemplateNode(value: ScalarResolver.resolve(text), line: line)
    default:
      throw TemplateError(
        line: line, column: column,
        message: "the tag \(tag) is not supported in CloudFormation templates")
    }
  }
}
