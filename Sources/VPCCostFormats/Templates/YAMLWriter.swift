import VPCCostCore

/// Writes a JSON document as CloudFormation YAML, with intrinsic functions in their short form
/// (`!Ref X`, `!GetAtt X.Y`, `!Sub '...'`).
package enum YAMLWriter {
  /// The document as YAML text.
  package static func yaml(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, to: &out, inline: false)
    return out
  }

  private static func write(_ value: JSONValue, indent: Int, to out: inout String, inline: Bool) {
    let pad = String(repeating: " ", count: indent)
    switch value {
    case .object(let members) where !members.isEmpty:
      if let short = shortForm(value) {
        out += (inline ? " " : pad) + short + "\n"
        return
      }
      if inline { out += "\n" }
      for (key, member) in members {
        out += pad + key + ":"
        if case .object(let inner) = member, !inner.isEmpty, shortForm(member) == nil {
          out += "\n"
          write(member, indent: indent + 2, to: &out, inline: false)
        } else if case .array(let items) = member, !items.isEmpty {
          out += "\n"
          write(member, indent: indent + 2, to: &out, inline: false)
        } else {
          write(member, indent: indent + 2, to: &out, inline: true)
        }
      }
    case .array(let items) where !items.isEmpty:
      for item in items {
        out += pad + "-"
        if case .object(let members) = item, !members.isEmpty, shortForm(item) == nil {
          var nested = ""
          write(item, indent: indent + 2, to: &nested, inline: false)
          out += " " + nested.dropFirst(indent + 2)
        } else {
          write(item, indent: indent + 2, to: &out, inline: true)
        }
      }
    default:
      out += (inline ? " " : pad) + scalar(value) + "\n"
    }
  }

  /// A one-line rendering of a flat intrinsic function, or nil.
  private static func shortForm(_ value: JSONValue) -> String? {
    guard case .object(let members) = value, members.count == 1, let (key, argument) = members.first
    else { return nil }
    let name: String
    switch key {
    case "Ref", "Condition": name = key
    case _ where key.hasPrefix("Fn::"): name = String(key.dropFirst(4))
    default: return nil
    }
    if name == "GetAtt", case .array(let parts) = argument,
      parts.allSatisfy({ if case .string = $0 { true } else { false } })
    {
      return "!GetAtt " + parts.map(scalar).joined(separator: ".")
    }
    guard let flow = flow(argument) else { return nil }
    return "!\(name) \(flow)"
  }

  /// A value on one line in flow style, or nil when it holds a non-function mapping.
  private static func flow(_ value: JSONValue) -> String? {
    switch value {
    case .array(let items):
      var parts: [String] = []
      for item in items {
        guard let part = flow(item) else { return nil }
        parts.append(part)
      }
      return "[" + parts.joined(separator: ", ") + "]"
    case .object(let members) where !members.isEmpty:
      return shortForm(value)
    default:
      return scalar(value)
    }
  }

  /// A scalar, quoted when YAML would read it as anything but this string.
  static func scalar(_ value: JSONValue) -> String {
    switch value {
    case .string(let text):
      let plainSafe =
        text.wholeMatch(of: /[A-Za-z_\/][A-Za-z0-9_.\/:-]*/) != nil && !text.hasSuffix(":")
      if plainSafe, case .string = ScalarResolver.resolve(text) { return text }
      return "'" + text.replacing("'", with: "''") + "'"
    case .integer(let number): return String(number)
    case .number(let literal): return literal
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array: return "[]"
    case .object: return "{}"
    }
  }
}
