/// Text from users and templates made safe for Markdown: shown as written, never as markup.
///
/// A finding that quotes `[lambda.amazonaws.com](http://...)` must show those characters, not
/// render a link that hides the very defect it reports.
public enum MarkdownText {
  /// The characters CommonMark gives a meaning (section 2.4: any ASCII punctuation may be
  /// backslash-escaped), and the pipe that ends a table cell.
  static let special: Set<Character> = [
    "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "!", "|", "<", ">", "~",
  ]

  /// The text with every Markdown-special character backslash-escaped and control characters
  /// (line breaks included) shown as escapes, so that it stays one line (and one table cell)
  /// and forges no heading or list item.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in VisibleText.escaped(text) {
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Text inside an inline code span: backticks cannot be escaped there, so the span is fenced
  /// with a run of backticks longer than any run inside it, padded with spaces when the text
  /// starts or ends with one (CommonMark 6.1); control characters are shown as escapes.
  public static func code(_ text: String) -> String {
    let visible = VisibleText.escaped(text)
    var longest = 0
    var run = 0
    for character in visible {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    guard longest > 0 else { return "`\(visible)`" }
    let fence = String(repeating: "`", count: longest + 1)
    return "\(fence) \(visible) \(fence)"
  }
}
