import VPCCostCore

/// Reads JSON (RFC 8259) from a byte source, streaming, one value at a time: the one JSON reader
/// of vpccost, behind batch files, offer files, price tables and `JSONValue` trees.
///
/// Callers walk the document (`beginObject`/`nextKey`, `beginArray`/`nextElement`,
/// `readString`, `readNumber`) and skip what they do not need with `skipValue`, which scans in
/// bulk without building anything, so a 500 MB offer file is read in constant memory. Strings
/// are checked as RFC 8259 says (no raw control characters, only its escapes, surrogate pairs
/// joined by `UnicodeEscape`), and so are numbers. Nesting deeper than `maxDepth` is refused.
/// Errors are `InputError`s naming the file, line and column.
package struct JSONReader {
  /// The deepest nesting read: `maxDepth` arrays or objects inside each other are allowed.
  package static let maxDepth = 128
  /// The longest string or key read (skipped strings may be longer): memory stays bounded
  /// whatever a file holds.
  package static let maxStringBytes = 1 << 20

  /// The bytes being read.
  package let source: ByteSource
  /// The line of the next byte (1-based).
  package private(set) var line = 1
  private var lineStart = 0
  private var depth = 0
  private var scratch: [UInt8] = []

  /// Creates a reader over a byte source.
  package init(source: ByteSource) { self.source = source }

  /// The column of the next byte (1-based, in bytes).
  package var column: Int { source.offset - lineStart + 1 }

  /// A malformed-input error at the current line and column.
  package func error(_ message: String) -> InputError {
    .at(source.name, line: line, column: column, message)
  }

  // MARK: Structure

  /// Skips spaces, tabs and line breaks (`ws` in RFC 8259).
  @inline(__always)
  package mutating func skipSpace() throws(InputError) {
    line += try source.skipWhitespace(lineStart: &lineStart)
  }

  /// The next byte after white space, not consumed; nil at the end of the input.
  package mutating func peekOrEnd() throws(InputError) -> UInt8? {
    // Most values start right where the last one ended (after its comma or colon): answer those
    // without the call that skips white space.
    if let byte = try source.peek(), !Self.isSpace(byte) { return byte }
    try skipSpace()
    return try source.peek()
  }

  /// The next byte after white space, not consumed; an error at the end of the input.
  package mutating func peek() throws(InputError) -> UInt8 {
    guard let byte = try peekOrEnd() else {
      throw error("the JSON ends early (is the file truncated?)")
    }
    return byte
  }

  /// Consumes one expected byte, or fails saying what was expected.
  package mutating func expect(_ byte: UInt8, _ what: String) throws(InputError) {
    guard try peek() == byte else { throw error("expected \(what)") }
    _ = try source.next()
  }

  /// Fails unless only white space is left.
  package mutating func expectEnd(_ what: String) throws(InputError) {
    guard try peekOrEnd() == nil else { throw error("text after \(what)") }
  }

  /// Starts an object; then call `nextKey` until it returns nil.
  package mutating func beginObject(_ what: String = "'{'") throws(InputError) {
    try expect(UInt8(ascii: "{"), what)
    try enter()
  }

  /// The next key of the current object, as bytes valid until the next call, or nil after `}`.
  package mutating func nextKey(first: inout Bool) throws(InputError) -> [UInt8]? {
    var key: [UInt8] = []
    swap(&key, &scratch)
    defer { swap(&key, &scratch) }
    return try nextKey(first: &first, into: &key) ? key : nil
  }

  /// Reads the next key of the current object into `key` (a buffer the caller keeps and
  /// reuses); false after `}`.
  ///
  /// A batch file repeats the same keys millions of times: reading them into the caller's own
  /// buffer allocates nothing, where a key handed back as an array that the caller still held
  /// made the next key need a new one.
  package mutating func nextKey(first: inout Bool, into key: inout [UInt8]) throws(InputError)
    -> Bool
  {
    guard try nextMember(first: &first, close: UInt8(ascii: "}"), in: "an object") else {
      return false
    }
    guard try peek() == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
    _ = try source.next()
    key.removeAll(keepingCapacity: true)
    try readStringBody(into: &key)
    try expect(UInt8(ascii: ":"), "':' after the key")
    return true
  }

  /// Starts an array; then call `nextElement` until it returns false.
  package mutating func beginArray(_ what: String = "'['") throws(InputError) {
    try expect(UInt8(ascii: "["), what)
    try enter()
  }

  /// Whether the current array has another element (positioned at it), or false after `]`.
  package mutating func nextElement(first: inout Bool) throws(InputError) -> Bool {
    try nextMember(first: &first, close: UInt8(ascii: "]"), in: "an array")
  }

  private mutating func nextMember(
    first: inout Bool, close: UInt8, in container: String
  ) throws(InputError) -> Bool {
    var byte = try peek()
    if byte == close && first {
      _ = try source.next()
      depth -= 1
      return false
    }
    if !first {
      if byte == close {
        _ = try source.next()
        depth -= 1
        return false
      }
      guard byte == UInt8(ascii: ",") else {
        throw error("expected ',' or '\(Character(Unicode.Scalar(close)))' in \(container)")
      }
      _ = try source.next()
      byte = try peek()
    }
    first = false
    return true
  }

  private mutating func enter() throws(InputError) {
    depth += 1
    guard depth <= Self.maxDepth else {
      throw error("nesting deeper than \(Self.maxDepth) levels")
    }
  }

  // MARK: Scalars

  /// Reads a string value.
  package mutating func readString() throws(InputError) -> String {
    var bytes: [UInt8] = []
    try readString(appendingTo: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads a string value, appending its UTF-8 bytes (escapes resolved) to `bytes`.
  package mutating func readString(appendingTo bytes: inout [UInt8]) throws(InputError) {
    guard try peek() == UInt8(ascii: "\"") else { throw error("expected a string") }
    _ = try source.next()
    try readStringBody(into: &bytes)
  }

  /// Reads a number as written (`1e6` stays `1e6`), checked against RFC 8259's grammar.
  package mutating func readNumber() throws(InputError) -> String {
    var bytes: [UInt8] = []
    try readNumber(appendingTo: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads a number as written, appending its bytes to `bytes`.
  package mutating func readNumber(appendingTo bytes: inout [UInt8]) throws(InputError) {
    _ = try peek()
    var number: [UInt8] = []
    while let byte = try source.peek(), Self.isNumberByte(byte) {
      number.append(byte)
      _ = try source.next()
      guard number.count <= 64 else { throw error("a number longer than 64 characters") }
    }
    guard !number.isEmpty else {
      throw error("expected a value (a string, number, object, array, true, false or null)")
    }
    if let after = try source.peek(), !Self.endsScalar(after) {
      number.append(after)
      throw error("'\(String(decoding: number, as: UTF8.self))...' is not a JSON number")
    }
    guard JSONNumberGrammar.matches(number) else {
      throw error("'\(String(decoding: number, as: UTF8.self))' is not a JSON number")
    }
    bytes.append(contentsOf: number)
  }

  /// Reads `true`, `false` or `null`.
  package mutating func readLiteral() throws(InputError) -> JSONValue {
    switch try peek() {
    case UInt8(ascii: "t"):
      try readWord("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try readWord("false")
      return .bool(false)
    default:
      try readWord("null")
      return .null
    }
  }

  private mutating func readWord(_ word: StaticString) throws(InputError) {
    let text = word.description
    let start = column
    let name = source.name
    let line = line
    func wrong() -> InputError { .at(name, line: line, column: start, "expected \(text)") }
    for expected in text.utf8 {
      guard try source.peek() == expected else { throw wrong() }
      _ = try source.next()
    }
    if let after = try source.peek(), !Self.endsScalar(after) { throw wrong() }
  }

  // MARK: Whole values

  /// Reads any value into a tree (price tables, small documents).
  ///
  /// Numbers stay as written. A key twice in one object is an error (RFC 8259 leaves it to the
  /// reader; a price table with `natGateway` twice would otherwise validate, the last winning).
  package mutating func readValue() throws(InputError) -> JSONValue {
    switch try peek() {
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "{"):
      try beginObject()
      var members: [(String, JSONValue)] = []
      var names = Set<String>()
      var first = true
      while let key = try nextKey(first: &first) {
        let name = String(decoding: key, as: UTF8.self)
        guard names.insert(name).inserted else { throw error("duplicate key \(quoting: name)") }
        members.append((name, try readValue()))
      }
      return .object(members)
    case UInt8(ascii: "["):
      try beginArray()
      var items: [JSONValue] = []
      var first = true
      while try nextElement(first: &first) { items.append(try readValue()) }
      return .array(items)
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return try readLiteral()
    default: return .number(try readNumber())
    }
  }

  /// Skips any value without building it; containers are scanned in bulk.
  package mutating func skipValue() throws(InputError) {
    switch try peek() {
    case UInt8(ascii: "\""):
      _ = try source.next()
      try skipStringBody()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      try skipContainer()
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      _ = try readLiteral()
    default:
      _ = try readNumber()
    }
  }

  /// Skips an object or array by counting brackets outside strings.
  ///
  /// Its scalars are not checked one by one: what is skipped need only be balanced and quoted.
  private mutating func skipContainer() throws(InputError) {
    var open = 0
    while let byte = try source.skip(until: Self.isStructural) {
      switch byte {
      case UInt8(ascii: "\""): try skipStringBody()
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        open += 1
        guard depth + open <= Self.maxDepth else {
          throw error("nesting deeper than \(Self.maxDepth) levels")
        }
      case UInt8(ascii: "\n"):
        line += 1
        lineStart = source.offset
      default:
        open -= 1
        if open == 0 { return }
      }
    }
    throw error("the JSON ends early (is the file truncated?)")
  }

  // MARK: Strings

  private func readStringBody(into bytes: inout [UInt8]) throws(InputError) {
    // Most strings end in the bytes already read, with no escape: one copy.
    var done = false
    _ = try source.withUnreadBytes { unread in
      guard let stop = unread.firstIndex(where: Self.endsStringRun),
        unread[stop] == UInt8(ascii: "\"")
      else { return 0 }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: unread[0..<stop]))
      done = true
      return stop + 1
    }
    if done { return }
    let limit = bytes.count + Self.maxStringBytes
    while let stop = try source.append(
      into: &bytes, until: Self.endsStringRun, limit: limit, tooLong: "a string")
    {
      switch stop {
      case UInt8(ascii: "\""): return
      case UInt8(ascii: "\\"): try readEscape(into: &bytes)
      default: throw error("a control character inside a string; escape it")
      }
    }
    throw error("a string is never closed (is the file truncated?)")
  }

  /// Skips a string after its opening quote.
  ///
  /// Like the rest of a skipped value, its content is not checked (a control character passes): only where it ends matters, and scanning for
  /// two bytes rather than three keeps a 500 MB offer file's import fast.
  private func skipStringBody() throws(InputError) {
    while let stop = try source.skip(until: Self.endsSkippedString) {
      if stop == UInt8(ascii: "\"") { return }
      guard try source.next() != nil else { break }
    }
    throw error("a string is never closed (is the file truncated?)")
  }

  /// One escape after a backslash (RFC 8259 section 7).
  private func readEscape(into bytes: inout [UInt8]) throws(InputError) {
    guard let byte = try source.next() else {
      throw error("a string is never closed (is the file truncated?)")
    }
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
    case UInt8(ascii: "b"): bytes.append(0x08)
    case UInt8(ascii: "f"): bytes.append(0x0C)
    case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n"))
    case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
    case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
    case UInt8(ascii: "u"):
      var value = try readHex4()
      if UnicodeEscape.isHighSurrogate(value) {
        for expected in [UInt8(ascii: "\\"), UInt8(ascii: "u")] {
          guard try source.peek() == expected else {
            throw error("a lone surrogate in a \\u escape")
          }
          _ = try source.next()
        }
        let low = try readHex4()
        guard UnicodeEscape.isLowSurrogate(low) else {
          throw error("a lone surrogate in a \\u escape")
        }
        value = UnicodeEscape.combine(high: value, low: low)
      }
      guard UnicodeEscape.appendUTF8(value, to: &bytes) else {
        throw error("a lone surrogate in a \\u escape")
      }
    default:
      throw error("an unknown escape \\\(Character(Unicode.Scalar(byte)))")
    }
  }

  private func readHex4() throws(InputError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = try source.next(), let digit = UnicodeEscape.hexValue(byte) else {
        throw error("a \\u escape needs four hex digits")
      }
      value = value * 16 + digit
    }
    return value
  }

  // MARK: Byte classes

  /// The bytes that end a run of plain string text: quote, backslash, control characters.
  @inline(__always)
  static func endsStringRun(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20
  }

  /// The bytes that end a run of a skipped string: quote and backslash.
  @inline(__always)
  static func endsSkippedString(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  @inline(__always)
  static func isStructural(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
      || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\n")
  }

  /// `ws` in RFC 8259: space, tab, line feed, carriage return.
  @inline(__always)
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\t")
  }

  static func endsScalar(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
      || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\t")
  }

  static func isNumberByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
      || byte == UInt8(ascii: "E")
  }
}
