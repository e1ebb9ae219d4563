/// User text as messages quote it: in single quotes, and only its start when it is long, so that
/// an error stays one short line whatever was typed or read (a 5 MB column name included).
package enum Excerpt {
  /// The longest text quoted whole, in bytes.
  package static let limit = 80

  /// The text, or its first 60 characters and an ellipsis when it is longer than `limit` bytes.
  package static func prefix(_ text: some StringProtocol) -> String {
    guard text.utf8.count > limit else { return String(decoding: text.utf8, as: UTF8.self) }
    var cut = String.UnicodeScalarView()
    cut.append(contentsOf: text.unicodeScalars.prefix(60))
    return String(cut) + "…"
  }

  /// `'text'`, or `'the first 60 characters…' (N bytes)` for longer text.
  package static func quoted(_ text: some StringProtocol) -> String {
    let bytes = text.utf8.count
    let quoted = "'" + prefix(text) + "'"
    return bytes > limit ? quoted + " (\(bytes) bytes)" : quoted
  }
}

extension String.StringInterpolation {
  /// Interpolates user text cut as `Excerpt.prefix` cuts it, without quotes (flag names).
  package mutating func appendInterpolation(excerpt text: some StringProtocol) {
    appendLiteral(Excerpt.prefix(text))
  }

  /// Interpolates user text as `Excerpt.quoted` gives it: `"\(quoting: name) is unknown"`.
  package mutating func appendInterpolation(quoting text: some StringProtocol) {
    appendLiteral(Excerpt.quoted(text))
  }
}
