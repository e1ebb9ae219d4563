import VPCCostCore
import VPCCostFormats

/// Parameter values for a template, as users already keep them: `KEY=VALUE` (the
/// `aws cloudformation deploy --parameter-overrides` style, one a line in a file), or the JSON of
/// `aws cloudformation create-stack --parameters file://...`
/// (`[{"ParameterKey": "Env", "ParameterValue": "dev"}]`).
package enum ParameterValues {
  /// One `KEY=VALUE`, or nil when there is no `=` or no key.
  package static func pair(_ text: String) -> (key: String, value: String)? {
    guard let equals = text.firstIndex(of: "=") else { return nil }
    let key = String(text[..<equals].trimmingASCIIWhitespace)
    guard !key.isEmpty else { return nil }
    return (key, unquoted(String(text[text.index(after: equals)...].trimmingASCIIWhitespace)))
  }

  /// The values of a parameters file, in any of the forms users keep.
  ///
  /// The forms: a JSON array of `ParameterKey`/`ParameterValue` objects (or of `"KEY=VALUE"`
  /// strings), a JSON object of values (optionally under `Parameters`), or `KEY=VALUE` lines
  /// (blank lines and `#` comments skipped). A later value of a key wins.
  package static func read(_ text: String, file: String) throws(InputError) -> [String: String] {
    let trimmed = text.trimmingASCIIWhitespace
    if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") { return try json(text, file: file) }
    var values: [String: String] = [:]
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let content = line.trimmingASCIIWhitespace
      if content.isEmpty || content.hasPrefix("#") { continue }
      guard let (key, value) = pair(String(content)) else {
        throw .at(file, line: index + 1, "not KEY=VALUE: \(quoting: String(content))")
      }
      values[key] = value
    }
    return values
  }

  private static func json(_ text: String, file: String) throws(InputError) -> [String: String] {
    let root: TemplateNode
    do { root = try TemplateReader.read(text) } catch {
      throw .at(file, line: error.line, column: error.column, error.message)
    }
    var values: [String: String] = [:]
    if let items = root.array {
      for item in items {
        if let text = item.string, let (key, value) = pair(text) {
          values[key] = value
        } else if let key = item["ParameterKey"]?.string {
          // UsePreviousValue keeps a deployed value this review cannot see: not given.
          guard let value = item["ParameterValue"]?.string else { continue }
          values[key] = value
        } else {
          throw .at(
            file, line: item.line,
            "each item needs ParameterKey and ParameterValue (or is \"KEY=VALUE\")")
        }
      }
      return values
    }
    let object = root["Parameters"]?.members ?? root.members ?? []
    for (key, value) in object {
      guard let text = value.string else {
        throw .at(file, line: value.line, "the value of \(key) is not text")
      }
      values[key] = text
    }
    return values
  }

  /// A value without one pair of surrounding quotes.
  private static func unquoted(_ text: String) -> String {
    for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote)
    {
      return String(text.dropFirst().dropLast())
    }
    return text
  }
}
