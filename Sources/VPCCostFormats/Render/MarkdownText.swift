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

  /// The text with every Markdown-special character backslash-escaped and line breaks folded
  /// into spaces, so that it stays one line (and one table cell).
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if character == "\n" || character == "\r" || character == "\r\n" {
        result.append(" ")
      } else {
        if special.contains(character) { result.append("\\") }
        result.append(character)
      }
    }
    return result
  }

  /// Text inside an inline code span: backticks cannot be escaped there, so a span that holds
  /// one is fenced with more backticks (CommonMark 6.1).
  public static func code(_ text: String) -> String {
    let folded = text.replacing("\n", with: " ")
    guard folded.contains("`") else { return "`\(folded)`" }
    return "`` \(folded) ``"
  }
}
