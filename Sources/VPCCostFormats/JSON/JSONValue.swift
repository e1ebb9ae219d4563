import VPCCostCore

/// A JSON document with its object keys in the order they were written.
///
/// vpccost writes money and quantities as decimal strings, so no number here is ever a
/// floating-point value: `.integer` carries whole numbers only.
public indirect enum JSONValue: Equatable, Sendable {
  case string(String)
  case integer(Int)
  /// A number literal already in JSON form (`0.5`, `-12`), for templates.
  case number(String)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// A string, or null when the text is nil.
  public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// The document as pretty-printed JSON (two-space indent) with a final newline.
  public func serialized() -> String {
    var output = ""
    write(to: &output, indent: 0)
    output.append("\n")
    return output
  }

  /// The document on one line, as JSON Lines and compact outputs want it.
  public func serializedCompact() -> String {
    var output = ""
    write(to: &output, indent: nil)
    return output
  }

  private func write(to output: inout String, indent: Int?) {
    switch self {
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .integer(let value): output.append(String(value))
    case .number(let literal): output.append(literal)
    case .bool(let value): output.append(value ? "true" : "false")
    case .null: output.append("null")
    case .array(let items):
      writeContainer(
        items.map { (nil, $0) }, open: "[", close: "]", to: &output, indent: indent)
    case .object(let members):
      writeContainer(
        members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, indent: indent)
    }
  }

  private func writeContainer(
    _ members: [(String?, JSONValue)], open: String, close: String, to output: inout String,
    indent: Int?
  ) {
    output.append(open)
    guard !members.isEmpty else { return output.append(close) }
    let inner = indent.map { $0 + 2 }
    for (index, member) in members.enumerated() {
      if index > 0 { output.append(",") }
      if let inner { output.append("\n" + String(repeating: " ", count: inner)) }
      if let key = member.0 {
        JSONValue.writeString(key, to: &output)
        output.append(inner == nil ? ":" : ": ")
      }
      member.1.write(to: &output, indent: inner)
    }
    if let indent { output.append("\n" + String(repeating: " ", count: indent)) }
    output.append(close)
  }

  /// Writes a JSON string literal with the escapes RFC 8259 requires.
  static func writeString(_ text: String, to output: inout String) {
    output.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output.append("\"")
  }

  /// Compares documents member by member, keys in order.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): return a == b
    case (.integer(let a), .integer(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.null, .null): return true
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }
}
