import VPCCostCore

/// Reads the YAML that CloudFormation accepts into `YAMLNode`s, with lines and columns.
///
/// Block and flow collections, plain, single- and double-quoted scalars (with escapes and line
/// folding), literal and folded block scalars (chomping and indentation indicators), comments,
/// document markers and tags. Anchors, aliases, complex keys and several documents are clear
/// errors, and so is nesting deeper than `maxDepth`: never a crash or a silent misread.
struct YAMLParser {
  static let maxDepth = 128
  /// The most values (scalars and collections) a template may hold.
  ///
  /// CloudFormation takes
  /// templates of up to 1 MB, a few hundred thousand values; the cap bounds the reader's memory
  /// (about 170 bytes a value in its two trees) whatever the shape of the 8 MB it may read.
  static let maxValues = 1_000_000

  private let bytes: [UInt8]
  private var index = 0
  private var lineNumber = 1
  private var lineStart = 0
  private var depth = 0
  private var values = 0

  init(_ text: String) {
    var normalized: [UInt8] = []
    normalized.reserveCapacity(text.utf8.count)
    var previousCR = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\r") {
        normalized.append(UInt8(ascii: "\n"))
      } else if !(byte == UInt8(ascii: "\n") && previousCR) {
        normalized.append(byte)
      }
      previousCR = byte == UInt8(ascii: "\r")
    }
    if normalized.starts(with: [0xEF, 0xBB, 0xBF]) { normalized.removeFirst(3) }
    bytes = normalized
  }

  // MARK: Positions

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }
  private func ahead(_ offset: Int) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }
  private var column: Int { index - lineStart + 1 }

  func error(_ message: String) -> TemplateError {
    TemplateError(line: lineNumber, column: index - lineStart + 1, message: message)
  }

  /// An error at the `:` of the mapping key on the current line (where cfn-lint's YAML reader
  /// reports a mapping that may not stand there), or at the current position.
  func errorAtKeyColon(_ message: String) -> TemplateError {
    var probe = index
    while probe < bytes.count, bytes[probe] != UInt8(ascii: "\n") {
      if bytes[probe] == UInt8(ascii: ":"),
        probe + 1 >= bytes.count || Self.isBlank(bytes[probe + 1])
      {
        return TemplateError(line: lineNumber, column: probe - lineStart + 1, message: message)
      }
      probe += 1
    }
    return error(message)
  }

  private mutating func advance() {
    if bytes[index] == UInt8(ascii: "\n") {
      lineNumber += 1
      lineStart = index + 1
    }
    index += 1
  }

  private typealias Mark = (index: Int, line: Int, lineStart: Int)
  private var mark: Mark { (index, lineNumber, lineStart) }
  private mutating func reset(_ mark: Mark) { (index, lineNumber, lineStart) = mark }

  private static func isBlank(_ byte: UInt8?) -> Bool {
    byte == nil || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
      || byte == UInt8(ascii: "\n")
  }
  private static func isFlowIndicator(_ byte: UInt8?) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
      || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
  }

  private mutating func skipInlineSpace() {
    while current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") { advance() }
  }

  /// Whether the rest of the line is empty or a comment.
  private var atLineEnd: Bool {
    var probe = index
    while probe < bytes.count,
      bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t")
    { probe += 1 }
    return probe == bytes.count || bytes[probe] == UInt8(ascii: "\n")
      || bytes[probe] == UInt8(ascii: "#")
  }

  /// Whether only spaces stand between the start of the line and the position.
  private var atLineContentStart: Bool {
    bytes[lineStart..<min(index, bytes.count)].allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// Consumes the rest of the line (spaces and a comment) after a node; anything else is an error.
  private mutating func endOfNode() throws(TemplateError) {
    if atLineContentStart { return }
    skipInlineSpace()
    if current == UInt8(ascii: "#") {
      while let byte = current, byte != UInt8(ascii: "\n") { advance() }
    }
    guard current == nil || current == UInt8(ascii: "\n") else {
      throw error("unexpected text after a value (check quotes, ':' and indentation)")
    }
    if current == UInt8(ascii: "\n") { advance() }
  }

  /// Skips blank and comment lines; returns the indent of the next line with content (the
  /// position then at its first character), or nil at the end of the input.
  private mutating func nextContentIndent() throws(TemplateError) -> Int? {
    while true {
      let start = index
      while current == UInt8(ascii: " ") { advance() }
      if current == UInt8(ascii: "\t") && atLineContentStart && index == start {
        // A tab before any content: YAML does not allow tabs for indentation.
        var probe = index
        while probe < bytes.count,
          bytes[probe] == UInt8(ascii: "\t") || bytes[probe] == UInt8(ascii: " ")
        { probe += 1 }
        if probe < bytes.count, bytes[probe] != UInt8(ascii: "\n"),
          bytes[probe] != UInt8(ascii: "#")
        {
          throw error("a tab in indentation; YAML indents with spaces only")
        }
      }
      while current == UInt8(ascii: "\t") || current == UInt8(ascii: " ") { advance() }
      switch current {
      case nil: return nil
      case UInt8(ascii: "\n"): advance()
      case UInt8(ascii: "#"): while let byte = current, byte != UInt8(ascii: "\n") { advance() }
      default: return index - lineStart
      }
    }
  }

  private func atMarker(_ marker: String) -> Bool {
    index == lineStart && bytes[index...].starts(with: marker.utf8)
      && Self.isBlank(index + 3 < bytes.count ? bytes[index + 3] : nil)
  }

  // MARK: Documents

  /// The document's root node, or nil for an empty document.
  mutating func parseDocument() throws(TemplateError) -> YAMLNode? {
    var indent = try nextContentIndent()
    while indent == 0 && current == UInt8(ascii: "%") {
      while let byte = current, byte != UInt8(ascii: "\n") { advance() }
      indent = try nextContentIndent()
    }
    if indent == 0 && atMarker("---") {
      for _ in 0..<3 { advance() }
      skipInlineSpace()
      indent = atLineEnd ? try nextContentIndent() : column - 1
    }
    guard let rootIndent = indent else { return nil }
    if atMarker("...") { return nil }
    let root = try parseNode(column: rootIndent, parentIndent: -1)
    try endOfNode()
    if try nextContentIndent() != nil {
      if atMarker("...") {
        for _ in 0..<3 { advance() }
        if try nextContentIndent() == nil { return root }
      }
      if atMarker("---") { throw error("a second YAML document; a template is one document") }
      throw error("unexpected text (check the indentation)")
    }
    return root
  }

  // MARK: Nodes

  private mutating func enter() throws(TemplateError) {
    depth += 1
    if depth > Self.maxDepth { throw error("nesting deeper than \(Self.maxDepth) levels") }
    values += 1
    if values > Self.maxValues {
      throw error(
        "more than 1,000,000 values: CloudFormation takes templates of up to 1 MB, and this is far larger"
      )
    }
  }

  /// A node starting at the position (column `column` - 1 is its indent) inside a parent
  /// indented by `parentIndent`; `inlineValue` when it is a mapping value on its key's line
  /// (where a block mapping may not start, and a tag's block sequence may sit at the key's
  /// own indentation on the next lines).
  private mutating func parseNode(
    column: Int, parentIndent: Int, inlineValue: Bool = false
  ) throws(TemplateError) -> YAMLNode {
    try enter()
    defer { depth -= 1 }
    let (line, col) = (lineNumber, self.column)
    switch current {
    case UInt8(ascii: "-") where Self.isBlank(ahead(1)):
      return try parseBlockSequence(indent: column)
    case UInt8(ascii: "!"):
      let tag = try readTag()
      skipInlineSpace()
      if atLineEnd {
        try endOfNode()
        let indent = try nextContentIndent()
        if inlineValue, indent == parentIndent, current == UInt8(ascii: "-"),
          Self.isBlank(ahead(1)), let indent
        {
          // `Key: !Join` with its items on the next lines at the key's indentation, as a
          // mapping value's block sequence may be.
          return try parseBlockSequence(indent: indent).tagged(tag)
        }
        guard let indent, indent > parentIndent else {
          return .scalar("", .plain, tag: tag, line: line, column: col)
        }
        return try parseNode(column: indent, parentIndent: parentIndent).tagged(tag)
      }
      // `!Ref a: 1` tags the key `a`, not the mapping (YAML's node properties go on the key);
      // CloudFormation takes no tagged keys, so it is refused rather than read as `!Ref {a: 1}`.
      if tagPrecedesImplicitKey() {
        throw error(
          "the tag \(tag) is on a mapping key; put it on the value instead (Key: \(tag) value)")
      }
      return try parseNode(
        column: self.column - 1, parentIndent: parentIndent, inlineValue: inlineValue
      ).tagged(tag)
    case UInt8(ascii: "&"), UInt8(ascii: "*"):
      throw error("anchors and aliases (& and *) are not supported in CloudFormation templates")
    case UInt8(ascii: "?") where Self.isBlank(ahead(1)):
      throw error("complex mapping keys (?) are not supported in CloudFormation templates")
    case UInt8(ascii: "|"), UInt8(ascii: ">"):
      return try parseBlockScalar(parentIndent: parentIndent, line: line, column: col)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      return try parseFlowNode()
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      let start = mark
      _ = try parseQuoted()
      skipInlineSpace()
      if current == UInt8(ascii: ":") && Self.isBlank(ahead(1)) {
        if inlineValue { throw nestedInlineMapping() }
        reset(start)
        return try parseBlockMapping(indent: column)
      }
      reset(start)
      let text = try parseQuoted()
      return .scalar(text, .quoted, tag: nil, line: line, column: col)
    default:
      if lineHasMappingKey() {
        if inlineValue { throw nestedInlineMapping() }
        return try parseBlockMapping(indent: column)
      }
      return try parsePlainScalar(parentIndent: parentIndent)
    }
  }

  /// `A: B: c`: YAML (and CloudFormation) allow no block mapping on its key's line.
  private func nestedInlineMapping() -> TemplateError {
    errorAtKeyColon(
      "a mapping cannot start on its key's line ('A: B: c'); put it on the next line, indented")
  }

  /// Whether the scalar at the position is a mapping key on this line (`a: 1`, `"a": 1`).
  private mutating func tagPrecedesImplicitKey() -> Bool {
    let start = mark
    defer { reset(start) }
    switch current {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      guard (try? parseQuoted()) != nil else { return false }
      skipInlineSpace()
      return current == UInt8(ascii: ":") && Self.isBlank(ahead(1))
    case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: ">"), nil:
      return false
    default:
      return lineHasMappingKey()
    }
  }

  /// Whether the rest of the line holds `key:` followed by a space or the line end.
  private func lineHasMappingKey() -> Bool {
    var probe = index
    while probe < bytes.count, bytes[probe] != UInt8(ascii: "\n") {
      let byte = bytes[probe]
      if byte == UInt8(ascii: "#"), probe > index,
        bytes[probe - 1] == UInt8(ascii: " ") || bytes[probe - 1] == UInt8(ascii: "\t")
      {
        return false
      }
      if byte == UInt8(ascii: ":") {
        let next = probe + 1 < bytes.count ? bytes[probe + 1] : nil
        if Self.isBlank(next) { return true }
      }
      probe += 1
    }
    return false
  }

  private mutating func readTag() throws(TemplateError) -> String {
    let (line, column) = (lineNumber, self.column)
    var tag: [UInt8] = []
    while let byte = current, !Self.isBlank(byte), !Self.isFlowIndicator(byte) {
      tag.append(byte)
      advance()
    }
    if tag.count < 2 || tag.starts(with: Array("!<".utf8)) {
      throw TemplateError(
        line: line, column: column,
        message: "'\(String(decoding: tag, as: UTF8.self))' is not a tag such as !Ref or !Sub")
    }
    return String(decoding: tag, as: UTF8.self)
  }

  // MARK: Block collections

  private mutating func parseBlockSequence(indent: Int) throws(TemplateError) -> YAMLNode {
    let (line, col) = (lineNumber, column)
    var items: [YAMLNode] = []
    while true {
      let (itemLine, itemColumn) = (lineNumber, column + 1)
      advance()
      skipInlineSpace()
      if atLineEnd {
        try endOfNode()
        if let next = try nextContentIndent(), next > indent {
          items.append(try parseNode(column: next, parentIndent: indent))
        } else {
          items.append(.scalar("", .plain, tag: nil, line: itemLine, column: itemColumn))
        }
      } else {
        items.append(try parseNode(column: column - 1, parentIndent: indent))
      }
      try endOfNode()
      guard let next = try nextContentIndent() else { break }
      if next == indent && current == UInt8(ascii: "-") && Self.isBlank(ahead(1))
        && !atMarker("---")
      {
        continue
      }
      if next > indent { throw error("bad indentation: expected '-' at column \(indent + 1)") }
      break
    }
    return .sequence(items, tag: nil, line: line, column: col)
  }

  private mutating func parseBlockMapping(indent: Int) throws(TemplateError) -> YAMLNode {
    let (line, col) = (lineNumber, column)
    var pairs: [(key: String, keyStyle: YAMLNode.Style, keyLine: Int, value: YAMLNode)] = []
    var keyLines: [String: Int] = [:]
    while true {
      let (keyLine, keyColumn) = (lineNumber, column)
      let (key, style) = try readBlockKey()
      if let first = keyLines[key] {
        throw TemplateError(
          line: keyLine, column: keyColumn,
          message: "duplicate key \(quoting: key) (first at line \(first))")
      }
      keyLines[key] = keyLine
      advance()  // ':'
      skipInlineSpace()
      let value: YAMLNode
      if atLineEnd {
        try endOfNode()
        let next = try nextContentIndent()
        if let next, next > indent {
          value = try parseNode(column: next, parentIndent: indent)
        } else if next == indent && current == UInt8(ascii: "-") && Self.isBlank(ahead(1)) {
          value = try parseBlockSequence(indent: indent)
        } else {
          value = .scalar("", .plain, tag: nil, line: keyLine, column: col)
        }
      } else {
        value = try parseNode(column: column - 1, parentIndent: indent, inlineValue: true)
      }
      pairs.append((key, style, keyLine, value))
      try endOfNode()
      guard let next = try nextContentIndent(), next >= indent, !atMarker("---"), !atMarker("...")
      else { break }
      if next > indent {
        throw errorAtKeyColon("bad indentation: expected a key at column \(indent + 1)")
      }
      if current == UInt8(ascii: "-") && Self.isBlank(ahead(1)) { break }
    }
    return .mapping(pairs, tag: nil, line: line, column: col)
  }

  /// A block mapping key: quoted, or plain up to `:` followed by a space or the line end.
  private mutating func readBlockKey() throws(TemplateError) -> (String, YAMLNode.Style) {
    if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
      let key = try parseQuoted()
      skipInlineSpace()
      guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
      return (key, .quoted)
    }
    if current == UInt8(ascii: "&") || current == UInt8(ascii: "*") {
      throw error("anchors and aliases (& and *) are not supported in CloudFormation templates")
    }
    if current == UInt8(ascii: "!") || current == UInt8(ascii: "[") || current == UInt8(ascii: "{")
    {
      throw error("a mapping key must be a plain or quoted scalar")
    }
    var key: [UInt8] = []
    while let byte = current, byte != UInt8(ascii: "\n") {
      if byte == UInt8(ascii: ":") && Self.isBlank(ahead(1)) { break }
      key.append(byte)
      advance()
    }
    guard current == UInt8(ascii: ":") else { throw error("expected 'key: value'") }
    while key.last == UInt8(ascii: " ") || key.last == UInt8(ascii: "\t") { key.removeLast() }
    return (String(decoding: key, as: UTF8.self), .plain)
  }

  // MARK: Scalars

  /// A plain scalar in block context, folded over continuation lines indented deeper than
  /// the parent.
  private mutating func parsePlainScalar(parentIndent: Int) throws(TemplateError) -> YAMLNode {
    let (line, col) = (lineNumber, column)
    var text = readPlainLine()
    while true {
      let end = mark
      var breaks = 0
      // Line breaks, and the indentation after each (spaces, then at most the first tab), in
      // one pass: asking whether only spaces precede on the line for every space rescanned
      // it, and 400,000 spaces did not finish.
      var onlySpaces = atLineContentStart
      while true {
        if current == UInt8(ascii: "\n") {
          breaks += 1
          onlySpaces = true
        } else if onlySpaces && (current == UInt8(ascii: " ") || current == UInt8(ascii: "\t")) {
          if current == UInt8(ascii: "\t") { onlySpaces = false }
        } else {
          break
        }
        advance()
      }
      if current == UInt8(ascii: "\n") || current == nil || index - lineStart <= parentIndent
        || breaks == 0
        || current == UInt8(ascii: "#") || lineHasMappingKey()
        || (current == UInt8(ascii: "-") && Self.isBlank(ahead(1)))
      {
        reset(end)
        break
      }
      text += breaks == 1 ? " " : String(repeating: "\n", count: breaks - 1)
      text += readPlainLine()
    }
    return .scalar(text, .plain, tag: nil, line: line, column: col)
  }

  /// The rest of a plain scalar's line, without a trailing comment or spaces.
  private mutating func readPlainLine() -> String {
    var text: [UInt8] = []
    while let byte = current, byte != UInt8(ascii: "\n") {
      if byte == UInt8(ascii: "#"), let last = text.last,
        last == UInt8(ascii: " ") || last == UInt8(ascii: "\t")
      {
        break
      }
      text.append(byte)
      advance()
    }
    while text.last == UInt8(ascii: " ") || text.last == UInt8(ascii: "\t") { text.removeLast() }
    return String(decoding: text, as: UTF8.self)
  }

  /// A single- or double-quoted scalar, with escapes and line folding.
  private mutating func parseQuoted() throws(TemplateError) -> String {
    let quote = current!
    let (startLine, startColumn) = (lineNumber, column)
    advance()
    var text: [UInt8] = []
    while true {
      guard let byte = current else {
        throw TemplateError(
          line: startLine, column: startColumn, message: "a quoted string is never closed")
      }
      if byte == quote {
        if quote == UInt8(ascii: "'") && ahead(1) == quote {
          text.append(quote)
          advance()
          advance()
          continue
        }
        advance()
        return String(decoding: text, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\n") {
        while text.last == UInt8(ascii: " ") || text.last == UInt8(ascii: "\t") {
          text.removeLast()
        }
        var breaks = 0
        while current == UInt8(ascii: "\n") || current == UInt8(ascii: " ")
          || current == UInt8(ascii: "\t")
        {
          if current == UInt8(ascii: "\n") { breaks += 1 }
          advance()
        }
        text.append(
          contentsOf: breaks == 1
            ? [UInt8(ascii: " ")] : [UInt8](repeating: UInt8(ascii: "\n"), count: breaks - 1))
        continue
      }
      if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
        advance()
        try readEscape(into: &text)
        continue
      }
      text.append(byte)
      advance()
    }
  }

  /// The one-character escapes of YAML 1.1's double-quoted scalars (section 5.7), each to the
  /// UTF-8 bytes it stands for; `\x`, `\u` and `\U` are read as hex by `UnicodeEscape`.
  private static let simpleEscapes: [UInt8: [UInt8]] = [
    UInt8(ascii: "0"): [0x00], UInt8(ascii: "a"): [0x07], UInt8(ascii: "b"): [0x08],
    UInt8(ascii: "t"): [UInt8(ascii: "\t")], UInt8(ascii: "\t"): [UInt8(ascii: "\t")],
    UInt8(ascii: "n"): [UInt8(ascii: "\n")], UInt8(ascii: "v"): [0x0B], UInt8(ascii: "f"): [0x0C],
    UInt8(ascii: "r"): [UInt8(ascii: "\r")], UInt8(ascii: "e"): [0x1B],
    UInt8(ascii: " "): [UInt8(ascii: " ")], UInt8(ascii: "\""): [UInt8(ascii: "\"")],
    UInt8(ascii: "/"): [UInt8(ascii: "/")], UInt8(ascii: "\\"): [UInt8(ascii: "\\")],
    UInt8(ascii: "N"): [0xC2, 0x85], UInt8(ascii: "_"): [0xC2, 0xA0],
    UInt8(ascii: "L"): [0xE2, 0x80, 0xA8], UInt8(ascii: "P"): [0xE2, 0x80, 0xA9],
  ]

  private mutating func readEscape(into text: inout [UInt8]) throws(TemplateError) {
    guard let byte = current else { throw error("a quoted string is never closed") }
    let simple = Self.simpleEscapes
    if byte == UInt8(ascii: "\n") {
      // An escaped line break: the lines join without a space.
      advance()
      while current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") { advance() }
      return
    }
    if let replacement = simple[byte] {
      text.append(contentsOf: replacement)
      advance()
      return
    }
    let digits: Int
    switch byte {
    case UInt8(ascii: "x"): digits = 2
    case UInt8(ascii: "u"): digits = 4
    case UInt8(ascii: "U"): digits = 8
    default: throw error("an unknown escape \\\(Character(Unicode.Scalar(byte)))")
    }
    advance()
    var value: UInt32 = 0
    for _ in 0..<digits {
      guard let digit = current.flatMap(UnicodeEscape.hexValue) else {
        throw error("a \\\(Character(Unicode.Scalar(byte))) escape needs \(digits) hex digits")
      }
      value = value &* 16 &+ digit
      advance()
    }
    if digits == 4 && UnicodeEscape.isHighSurrogate(value), let low = lowSurrogateEscape() {
      value = UnicodeEscape.combine(high: value, low: low)
      index += 6
    }
    guard UnicodeEscape.appendUTF8(value, to: &text) else {
      throw error("an escape that is not a Unicode character")
    }
  }

  /// The low surrogate of a `\uDC00`-style escape right at the position, if there is one.
  private func lowSurrogateEscape() -> UInt32? {
    guard current == UInt8(ascii: "\\"), ahead(1) == UInt8(ascii: "u") else { return nil }
    var value: UInt32 = 0
    for offset in 2..<6 {
      guard let digit = ahead(offset).flatMap(UnicodeEscape.hexValue) else { return nil }
      value = value * 16 + digit
    }
    return UnicodeEscape.isLowSurrogate(value) ? value : nil
  }

  /// A literal (|) or folded (>) block scalar with its chomping and indentation indicators.
  private mutating func parseBlockScalar(parentIndent: Int, line: Int, column: Int)
    throws(TemplateError) -> YAMLNode
  {
    let folded = current == UInt8(ascii: ">")
    advance()
    var chomp: UInt8?
    var explicit: Int?
    while let byte = current, !Self.isBlank(byte) {
      if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"), chomp == nil {
        chomp = byte
      } else if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9"), explicit == nil {
        explicit = Int(byte - UInt8(ascii: "0"))
      } else {
        throw error(
          "a block scalar header takes only a chomping (+ or -) and an indentation (1-9) indicator")
      }
      advance()
    }
    guard atLineEnd else { throw error("text after a block scalar header") }
    try endOfNode()
    var contentIndent = explicit.map { max(parentIndent, 0) + $0 }
    var lines: [String] = []
    // Whether the last content line ended with a line break (not at the end of the file).
    var endedWithBreak = true
    while current != nil {
      let start = mark
      var spaces = 0
      while current == UInt8(ascii: " ") {
        advance()
        spaces += 1
      }
      if current == UInt8(ascii: "\n") || current == nil {
        lines.append(String(repeating: " ", count: max(0, spaces - (contentIndent ?? spaces))))
        if current == UInt8(ascii: "\n") { advance() }
        continue
      }
      if contentIndent == nil {
        guard spaces > parentIndent else {
          reset(start)
          break
        }
        contentIndent = spaces
      }
      guard let indent = contentIndent, spaces >= indent else {
        reset(start)
        break
      }
      var text: [UInt8] = Array(repeating: UInt8(ascii: " "), count: spaces - indent)
      while let byte = current, byte != UInt8(ascii: "\n") {
        text.append(byte)
        advance()
      }
      lines.append(String(decoding: text, as: UTF8.self))
      endedWithBreak = current == UInt8(ascii: "\n")
      if current == UInt8(ascii: "\n") { advance() }
    }
    var trailing = 0
    while let last = lines.last, last.allSatisfy({ $0 == " " }) && last.isEmpty {
      lines.removeLast()
      trailing += 1
    }
    var body = folded ? Self.fold(lines) : lines.joined(separator: "\n")
    switch chomp {
    case UInt8(ascii: "-"): break
    case UInt8(ascii: "+"):
      let last = lines.isEmpty || !endedWithBreak ? 0 : 1
      body += String(repeating: "\n", count: trailing + last)
    default: if !lines.isEmpty && endedWithBreak { body += "\n" }
    }
    return .scalar(body, .block, tag: nil, line: line, column: column)
  }

  /// Folds the lines of a folded block scalar: single breaks between normal lines become spaces,
  /// empty lines become breaks, more-indented lines keep theirs.
  static func fold(_ lines: [String]) -> String {
    var out = ""
    var breaks = 0
    var started = false
    var lastMoreIndented = false
    for line in lines {
      if line.isEmpty {
        breaks += 1
        continue
      }
      let moreIndented = line.first == " " || line.first == "\t"
      if !started {
        out += String(repeating: "\n", count: breaks)
      } else if breaks == 0 {
        out += moreIndented || lastMoreIndented ? "\n" : " "
      } else {
        out += String(
          repeating: "\n", count: moreIndented || lastMoreIndented ? breaks + 1 : breaks)
      }
      out += line
      started = true
      breaks = 0
      lastMoreIndented = moreIndented
    }
    return out
  }

  // MARK: Flow collections

  private mutating func skipFlowSpace() {
    while let byte = current {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
        advance()
      } else if byte == UInt8(ascii: "#") {
        while let next = current, next != UInt8(ascii: "\n") { advance() }
      } else {
        return
      }
    }
  }

  private mutating func parseFlowNode() throws(TemplateError) -> YAMLNode {
    try enter()
    defer { depth -= 1 }
    skipFlowSpace()
    let (line, col) = (lineNumber, column)
    switch current {
    case UInt8(ascii: "["):
      advance()
      var items: [YAMLNode] = []
      while true {
        skipFlowSpace()
        if current == UInt8(ascii: "]") { break }
        items.append(try flowSequenceItem())
        skipFlowSpace()
        if current == UInt8(ascii: ",") {
          advance()
          continue
        }
        guard current == UInt8(ascii: "]") else {
          throw endOfFlowError("expected ',' or ']' in a flow sequence")
        }
        break
      }
      advance()
      return .sequence(items, tag: nil, line: line, column: col)
    case UInt8(ascii: "{"):
      advance()
      var pairs: [(key: String, keyStyle: YAMLNode.Style, keyLine: Int, value: YAMLNode)] = []
      // The keys seen, in a set: a JSON template of 80,000 keys is checked in linear time.
      var keys = Set<String>()
      while true {
        skipFlowSpace()
        if current == UInt8(ascii: "}") { break }
        let keyLine = lineNumber
        let keyNode = try parseFlowScalar()
        guard case .scalar(let key, let style, nil, _, _) = keyNode else {
          throw error("a mapping key must be a scalar")
        }
        guard keys.insert(key).inserted else { throw error("duplicate key \(quoting: key)") }
        skipFlowSpace()
        var value = YAMLNode.scalar("", .plain, tag: nil, line: lineNumber, column: column)
        if current == UInt8(ascii: ":") {
          advance()
          skipFlowSpace()
          if current != UInt8(ascii: ",") && current != UInt8(ascii: "}") {
            value = try parseFlowNode()
          }
        }
        pairs.append((key, style, keyLine, value))
        skipFlowSpace()
        if current == UInt8(ascii: ",") {
          advance()
          continue
        }
        guard current == UInt8(ascii: "}") else {
          throw endOfFlowError("expected ',' or '}' in a flow mapping")
        }
        break
      }
      advance()
      return .mapping(pairs, tag: nil, line: line, column: col)
    case UInt8(ascii: "!"):
      let tag = try readTag()
      guard Self.isBlank(current) else {
        throw error("a tag must be followed by a space or a line break, as in [0, !GetAZs '']")
      }
      skipFlowSpace()
      if current == UInt8(ascii: ",") || current == UInt8(ascii: "]")
        || current == UInt8(ascii: "}")
      {
        // `[0, !GetAZs ]`: a tag with an empty value.
        return .scalar("", .plain, tag: tag, line: line, column: col)
      }
      return try parseFlowNode().tagged(tag)
    case UInt8(ascii: "&"), UInt8(ascii: "*"):
      throw error("anchors and aliases (& and *) are not supported in CloudFormation templates")
    case nil:
      throw error("the template ends inside a flow collection; a ']' or '}' is missing")
    default:
      return try parseFlowScalar()
    }
  }

  /// An item of a flow sequence: a node, or a single `key: value` pair, which YAML reads as a
  /// one-pair mapping (`[0, Fn::GetAZs: !Ref AWS::Region]`, `[Ref: X, Y]`).
  private mutating func flowSequenceItem() throws(TemplateError) -> YAMLNode {
    let (line, col) = (lineNumber, column)
    let item = try parseFlowNode()
    guard case .scalar(let key, let style, nil, _, _) = item, current == UInt8(ascii: ":"),
      Self.isBlank(ahead(1)) || Self.isFlowIndicator(ahead(1))
    else { return item }
    advance()
    skipFlowSpace()
    var value = YAMLNode.scalar("", .plain, tag: nil, line: lineNumber, column: column)
    if current != UInt8(ascii: ",") && current != UInt8(ascii: "]") {
      value = try parseFlowNode()
    }
    return .mapping([(key, style, line, value)], tag: nil, line: line, column: col)
  }

  /// At the end of the input, a missing bracket; elsewhere, `message`.
  private func endOfFlowError(_ message: String) -> TemplateError {
    error(
      current == nil
        ? "the template ends inside a flow collection; a ']' or '}' is missing" : message)
  }

  /// A quoted scalar, or a plain one up to a flow indicator or `: `.
  private mutating func parseFlowScalar() throws(TemplateError) -> YAMLNode {
    let (line, col) = (lineNumber, column)
    if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
      return .scalar(try parseQuoted(), .quoted, tag: nil, line: line, column: col)
    }
    var text: [UInt8] = []
    while let byte = current, !Self.isFlowIndicator(byte) {
      if byte == UInt8(ascii: ":") && (Self.isBlank(ahead(1)) || Self.isFlowIndicator(ahead(1))) {
        break
      }
      if byte == UInt8(ascii: "#"),
        text.last == UInt8(ascii: " ") || text.last == UInt8(ascii: "\t")
          || text.last == UInt8(ascii: "\n")
      {
        break
      }
      if byte == UInt8(ascii: "\n") {
        // A line break folds to a space, an empty line to a line break; the next line's
        // leading white space is not content.
        while text.last == UInt8(ascii: " ") || text.last == UInt8(ascii: "\t") {
          text.removeLast()
        }
        var breaks = 0
        while let next = current,
          next == UInt8(ascii: "\n") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
        {
          if next == UInt8(ascii: "\n") { breaks += 1 }
          advance()
        }
        if breaks == 1 {
          text.append(UInt8(ascii: " "))
        } else {
          text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks - 1))
        }
        continue
      }
      text.append(byte)
      advance()
    }
    while text.last == UInt8(ascii: " ") || text.last == UInt8(ascii: "\t") { text.removeLast() }
    guard !text.isEmpty else { throw error("expected a value") }
    return .scalar(String(decoding: text, as: UTF8.self), .plain, tag: nil, line: line, column: col)
  }
}
