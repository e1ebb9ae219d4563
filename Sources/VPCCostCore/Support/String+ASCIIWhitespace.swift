extension StringProtocol where SubSequence == Substring {
  /// The text without leading and trailing spaces, tabs, CR and LF (scanned as UTF-8 bytes).
  package var trimmingASCIIWhitespace: Substring {
    let text = self[...]
    let bytes = text.utf8
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, Self.isSpace(bytes[start]) { start = bytes.index(after: start) }
    while end > start, Self.isSpace(bytes[bytes.index(before: end)]) {
      end = bytes.index(before: end)
    }
    return text[start..<end]
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\n")
  }
}
