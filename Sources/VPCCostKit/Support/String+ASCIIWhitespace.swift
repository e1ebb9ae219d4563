extension StringProtocol where SubSequence == Substring {
  /// The text without leading and trailing spaces, tabs, CR and LF.
  var trimmingASCIIWhitespace: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    let start = firstIndex { !isSpace($0) } ?? endIndex
    let end = lastIndex { !isSpace($0) }.map(index(after:)) ?? start
    return self[start..<Swift.max(start, end)]
  }
}
