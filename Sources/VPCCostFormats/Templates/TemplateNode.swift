import VPCCostCore

/// A template value with the line it starts on: what `cfn-json` prints and `review` reads.
package struct TemplateNode: Sendable {
  /// The value, typed as CloudFormation's readers type it.
  package indirect enum Value: Sendable {
    case string(String)
    /// A number as JSON writes it (`30`, `0.5`).
    case number(String)
    case bool(Bool)
    case null
    case array([TemplateNode])
    case object([(key: String, value: TemplateNode)])
  }

  package let value: Value
  /// The 1-based line where the value starts in the template.
  package let line: Int
  /// The line of the key this value belongs to, when it is a mapping value.
  package var keyLine: Int?

  /// Creates a node.
  package init(value: Value, line: Int, keyLine: Int? = nil) {
    self.value = value
    self.line = line
    self.keyLine = keyLine
  }

  /// The member of an object, if this is an object that has it.
  package subscript(key: String) -> TemplateNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The text of a string (or a number or boolean written as one).
  package var string: String? {
    switch value {
    case .string(let text), .number(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    default: return nil
    }
  }

  /// The items of an array, or nil.
  package var array: [TemplateNode]? {
    if case .array(let items) = value { return items }
    return nil
  }

  /// The members of an object, or nil.
  package var members: [(key: String, value: TemplateNode)]? {
    if case .object(let members) = value { return members }
    return nil
  }

  /// The value as JSON, with long-form intrinsic functions (as cfn-flip writes it).
  package var json: JSONValue {
    switch value {
    case .string(let text): return .string(text)
    case .number(let text): return .number(text)
    case .bool(let flag): return .bool(flag)
    case .null: return .null
    case .array(let items): return .array(items.map(\.json))
    case .object(let members): return .object(members.map { ($0.key, $0.value.json) })
    }
  }
}
