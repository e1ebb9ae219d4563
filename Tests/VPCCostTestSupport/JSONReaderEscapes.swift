/// A JSON string with every kind of escape, and its text, for the readers built on the one
/// JSON reader.
package enum JSONReaderEscapes {
  /// `x`, backspace, form feed, é as `\u00e9`, and U+1F600 as the surrogate pair `\ud83d\ude00`.
  package static let escaped = #""x\b\f\u00e9\ud83d\ude00""#
  /// What it decodes to.
  package static let decoded = "x\u{08}\u{0C}\u{E9}\u{1F600}"
}
