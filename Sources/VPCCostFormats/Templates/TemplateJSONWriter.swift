/// Writes a template as JSON while it walks it, in chunks, as `JSONValue.serialized` would
/// write it (two-space indent, keys in order, a final newline), without building the JSON
/// tree or the whole text first: `cfn-json` of an 8 MB template once held both beside the
/// template's own tree.
package enum TemplateJSONWriter {
  /// The text gathered before it is handed on.
  static let chunkBytes = 1 << 16

  /// Writes `node` as pretty-printed JSON, handing the text to `flush` in chunks.
  package static func write<Failure: Error>(
    _ node: TemplateNode, flush: (String) throws(Failure) -> Void
  ) throws(Failure) {
    var output = ""
    output.reserveCapacity(chunkBytes + 4096)
    try write(node, indent: 0, to: &output, flush: flush)
    output.append("\n")
    try flush(output)
  }

  private static func write<Failure: Error>(
    _ node: TemplateNode, indent: Int, to output: inout String,
    flush: (String) throws(Failure) -> Void
  ) throws(Failure) {
    if output.utf8.count >= chunkBytes {
      try flush(output)
      output.removeAll(keepingCapacity: true)
    }
    switch node.value {
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .number(let literal): output.append(literal)
    case .bool(let flag): output.append(flag ? "true" : "false")
    case .null: output.append("null")
    case .array(let items):
      output.append("[")
      guard !items.isEmpty else { return output.append("]") }
      for (index, item) in items.enumerated() {
        output.append(index > 0 ? ",\n" : "\n")
        output.append(String(repeating: " ", count: indent + 2))
        try write(item, indent: indent + 2, to: &output, flush: flush)
      }
      output.append("\n" + String(repeating: " ", count: indent) + "]")
    case .object(let members):
      output.append("{")
      guard !members.isEmpty else { return output.append("}") }
      for (index, member) in members.enumerated() {
        output.append(index > 0 ? ",\n" : "\n")
        output.append(String(repeating: " ", count: indent + 2))
        JSONValue.writeString(member.key, to: &output)
        output.append(": ")
        try write(member.value, indent: indent + 2, to: &output, flush: flush)
      }
      output.append("\n" + String(repeating: " ", count: indent) + "}")
    }
  }
}
