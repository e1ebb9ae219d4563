/// A streaming JSON scanner for large files: reads the values it is asked for and skips the
/// rest without building them, counting lines for messages.
struct JSONScanner {
  let source: ByteSource
  private(set) var line = 1
  private var scratch: [UInt8] = []

  init(source: ByteSource) { self.source = source }

  /// A `badData` error naming the file and line.
  func error(_ message: String) -> CLIError {
    .badData("\(source.name): line \(line): \(message)")
  }

  /// Skips spaces and line breaks.
  @inline(__always)
  mutating func skipSpace() throws(CLIError) {
    line += try source.skipWhitespace()
  }

  /// The next non-space byte, not consumed; an error at the end of the input.
  mutating func peek() throws(CLIError) -> UInt8 {
    try skipSpace()
    guard let byte = try source.peek() else {
      throw error("the JSON ends early (is the file truncated?)")
    }
    return byte
  }

  /// Consumes one expected byte.
  mutating func expect(_ byte: UInt8) throws(CLIError) {
    guard try peek() == byte else {
      throw error(
        "expected '\(Character(Unicode.Scalar(byte)))' (is the file truncated or not an AWS offer file?)"
      )
    }
    _ = try source.next()
  }

  /// Starts an object; then call `nextKey` until it returns nil.
  mutating func beginObject() throws(CLIError) { try expect(UInt8(ascii: "{")) }

  /// The next key of the current object as bytes (valid until the next call), or nil at `}`.
  mutating func nextKey(first: inout Bool) throws(CLIError) -> [UInt8]? {
    var byte = try peek()
    if byte == UInt8(ascii: "}") {
      _ = try source.next()
      return nil
    }
    if !first {
      guard byte == UInt8(ascii: ",") else { throw error("expected ',' or '}' in an object") }
      _ = try source.next()
      byte = try peek()
    }
    first = false
    guard byte == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
    _ = try source.next()
    scratch.removeAll(keepingCapacity: true)
    try readStringBody(into: &scratch)
    try expect(UInt8(ascii: ":"))
    return scratch
  }

  /// Reads a string value.
  mutating func readString() throws(CLIError) -> String {
    guard try peek() == UInt8(ascii: "\"") else { throw error("expected a string value") }
    _ = try source.next()
    var bytes: [UInt8] = []
    try readStringBody(into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Skips any value: string, number, literal, object or array.
  mutating func skipValue() throws(CLIError) {
    switch try peek() {
    case UInt8(ascii: "\""):
      _ = try source.next()
      try skipStringBody()
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      try skipContainer()
    default:
      while let byte = try source.peek(), !Self.endsScalar(byte) { _ = try source.next() }
    }
  }

  private mutating func skipContainer() throws(CLIError) {
    var depth = 0
    while let byte = try source.skip(until: Self.isStructural) {
      switch byte {
      case UInt8(ascii: "\""): try skipStringBody()
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case 10: line += 1
      default:
        depth -= 1
        if depth == 0 { return }
      }
    }
    throw error("the JSON ends early (is the file truncated?)")
  }

  private func readStringBody(into bytes: inout [UInt8]) throws(CLIError) {
    while let stop = try source.append(into: &bytes, until: Self.endsStringRun) {
      if stop == UInt8(ascii: "\"") { return }
      guard let escaped = try source.next() else { break }
      switch escaped {
      case UInt8(ascii: "n"): bytes.append(10)
      case UInt8(ascii: "t"): bytes.append(9)
      case UInt8(ascii: "r"): bytes.append(13)
      case UInt8(ascii: "u"):
        var value: UInt32 = 0
        for _ in 0..<4 {
          guard let digit = try source.next(), let hex = JSONArrayReader.hexValue(digit) else {
            throw error("a \\u escape needs four hex digits")
          }
          value = value * 16 + hex
        }
        bytes.append(contentsOf: Array(String(Character(Unicode.Scalar(value) ?? "?")).utf8))
      default: bytes.append(escaped)
      }
    }
    throw error("a string is never closed (is the file truncated?)")
  }

  private func skipStringBody() throws(CLIError) {
    while let stop = try source.skip(until: Self.endsStringRun) {
      if stop == UInt8(ascii: "\"") { return }
      guard try source.next() != nil else { break }
    }
    throw error("a string is never closed (is the file truncated?)")
  }

  @inline(__always)
  static func endsStringRun(_ byte: UInt8) -> Bool { byte == 34 || byte == 92 }

  @inline(__always)
  static func isStructural(_ byte: UInt8) -> Bool {
    byte == 34 || byte == 123 || byte == 125 || byte == 91 || byte == 93 || byte == 10
  }

  static func endsScalar(_ byte: UInt8) -> Bool {
    byte == 44 || byte == 125 || byte == 93 || byte == 32 || byte == 10 || byte == 13 || byte == 9
  }
}
