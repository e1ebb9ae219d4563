/// Text from users and templates made safe for a terminal or a one-line context: control
/// characters shown as escapes, never sent.
///
/// A resource id with an ESC sequence would recolour or retitle the terminal, and one with a
/// line break would forge a line of the report (a heading, an "error" finding).
public enum VisibleText {
  /// The text with `\n`, `\r` and `\t` written as those two characters, and every other C0 or
  /// C1 control character (and DEL) as `\u{XX}`.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var line = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": line += "\\n"
      case "\r": line += "\\r"
      case "\t": line += "\\t"
      case _ where isControl(scalar): line += "\\u{\(String(scalar.value, radix: 16))}"
      default: line.unicodeScalars.append(scalar)
      }
    }
    return line
  }

  /// Whether a scalar is a control character: C0, DEL, C1, or a Unicode line or paragraph
  /// separator.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }
}
