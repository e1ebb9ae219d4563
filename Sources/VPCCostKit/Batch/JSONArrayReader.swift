/// Reads a JSON array of flat objects one object at a time, in constant memory.
///
/// Each member's value becomes text: strings as they are, numbers as written (`1e6` stays
/// `1e6`), `true`/`false`, `null` as absent, and an array of strings or numbers joined by
/// commas (for `services`). Errors name the line and column.
public struct JSONArrayReader {
  let source: ByteSource
  private var line = 1
  private var column = 0
  private var started = false
  private var finished = false
  /// The line on which the current object started.
  public private(set) var objectLine = 0

  /// Creates a reader over a byte source.
  public init(source: ByteSource) { self.source = source }

  /// The next object's members in order, or nil after the closing bracket.
  public mutating func next() throws(CLIError) -> [(String, String)]? {
    if finished { return nil }
    if !started {
      started = true
      try skipSpace()
      try expect(UInt8(ascii: "["), "a JSON array of workload objects")
      try skipSpace()
      if try source.peek() == UInt8(ascii: "]") { return try close() }
    } else {
      try skipSpace()
      switch try take() {
      case UInt8(ascii: ","): try skipSpace()
      case UInt8(ascii: "]"): return try close()
      default: throw error("expected ',' or ']' after an object")
      }
    }
    objectLine = line
    return try readObject()
  }

  private mutating func close() throws(CLIError) -> [(String, String)]? {
    if try source.peek() == UInt8(ascii: "]") { _ = try take() }
    finished = true
    try skipSpace()
    guard try source.peek() == nil else { throw error("text after the closing ']'") }
    return nil
  }

  private mutating func readObject() throws(CLIError) -> [(String, String)] {
    try expect(UInt8(ascii: "{"), "an object such as {\"name\": \"api\", \"invokes\": 1e6}")
    var members: [(String, String)] = []
    try skipSpace()
    if try source.peek() == UInt8(ascii: "}") {
      _ = try take()
      return members
    }
    while true {
      try skipSpace()
      guard try source.peek() == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
      let key = try readString()
      try skipSpace()
      try expect(UInt8(ascii: ":"), "':' after the key")
      try skipSpace()
      if let value = try readValue(key: key) { members.append((key, value)) }
      try skipSpace()
      switch try take() {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "}"): return members
      default: throw error("expected ',' or '}' in an object")
      }
    }
  }

  private mutating func readValue(key: String) throws(CLIError) -> String? {
    switch try source.peek() {
    case UInt8(ascii: "\""): return try readString()
    case UInt8(ascii: "["): return try readList(key: key)
    case UInt8(ascii: "{"):
      throw error("'\(key)' holds an object; workload fields are strings, numbers or lists")
    case UInt8(ascii: "t"): return try readWord("true")
    case UInt8(ascii: "f"): return try readWord("false")
    case UInt8(ascii: "n"):
      _ = try readWord("null")
      return nil
    default: return try readNumber()
    }
  }

  private mutating func readList(key: String) throws(CLIError) -> String {
    _ = try take()
    var items: [String] = []
    try skipSpace()
    if try source.peek() == UInt8(ascii: "]") {
      _ = try take()
      return ""
    }
    while true {
      try skipSpace()
      let next = try source.peek()
      guard next == UInt8(ascii: "\"") || next.map(Self.startsNumber) == true else {
        throw error("'\(key)' lists something other than strings or numbers")
      }
      items.append(next == UInt8(ascii: "\"") ? try readString() : try readNumber())
      try skipSpace()
      switch try take() {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "]"): return items.joined(separator: ",")
      default: throw error("expected ',' or ']' in a list")
      }
    }
  }

  private mutating func readString() throws(CLIError) -> String {
    _ = try take()
    var bytes: [UInt8] = []
    while true {
      guard let byte = try take() else { throw error("a string is never closed") }
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: bytes, as: UTF8.self)
      case UInt8(ascii: "\\"): try readEscape(into: &bytes)
      case 0..<0x20: throw error("a control character inside a string; escape it")
      default: bytes.append(byte)
      }
    }
  }

  private mutating func readEscape(into bytes: inout [UInt8]) throws(CLIError) {
    guard let byte = try take() else { throw error("a string is never closed") }
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]
    if let replacement = simple[byte] { return bytes.append(replacement) }
    guard byte == UInt8(ascii: "u") else {
      throw error("an unknown escape \\\(Character(Unicode.Scalar(byte)))")
    }
    var scalar = try readHex4()
    if (0xD800..<0xDC00).contains(scalar) {
      guard try take() == UInt8(ascii: "\\"), try take() == UInt8(ascii: "u") else {
        throw error("a lone surrogate in \\u escape")
      }
      let low = try readHex4()
      guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate in \\u escape") }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let unicode = Unicode.Scalar(scalar) else { throw error("an invalid \\u escape") }
    bytes.append(contentsOf: Array(String(Character(unicode)).utf8))
  }

  private mutating func readHex4() throws(CLIError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = try take(), let digit = Self.hexValue(byte) else {
        throw error("a \\u escape needs four hex digits")
      }
      value = value * 16 + digit
    }
    return value
  }

  private mutating func readNumber() throws(CLIError) -> String {
    var bytes: [UInt8] = []
    while let byte = try source.peek(),
      Self.startsNumber(byte) || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
    {
      bytes.append(byte)
      _ = try take()
      guard bytes.count <= 64 else { throw error("a number longer than 64 characters") }
    }
    guard !bytes.isEmpty else {
      throw error("expected a value (a string, number, list, true, false or null)")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private mutating func readWord(_ word: String) throws(CLIError) -> String {
    for expected in word.utf8 {
      guard try take() == expected else { throw error("expected \(word)") }
    }
    return word
  }

  private mutating func skipSpace() throws(CLIError) {
    while let byte = try source.peek(), byte == 32 || byte == 9 || byte == 10 || byte == 13 {
      _ = try take()
    }
  }

  private mutating func expect(_ byte: UInt8, _ what: String) throws(CLIError) {
    guard try take() == byte else { throw error("expected \(what)") }
  }

  private mutating func take() throws(CLIError) -> UInt8? {
    guard let byte = try source.next() else { return nil }
    if byte == 10 {
      line += 1
      column = 0
    } else {
      column += 1
    }
    return byte
  }

  private func error(_ message: String) -> CLIError {
    .badData("\(source.name): line \(line), column \(column): \(message)")
  }

  static func startsNumber(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
