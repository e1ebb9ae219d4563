import VPCCostCore

/// Reads a batch file's JSON array of flat workload objects, one object at a time.
///
/// Each member's value becomes text: strings as they are, numbers as written (`1e6` stays
/// `1e6`), `true`/`false`, `null` as absent, and an array of strings or numbers joined by
/// commas (for `services`). Errors name the line and column.
struct BatchJSONReader {
  private var json: JSONReader
  private var started = false
  private var finished = false
  private var first = true
  /// The line on which the current object started.
  private(set) var objectLine = 0

  /// Creates a reader over a byte source positioned at the array.
  init(source: ByteSource) { json = JSONReader(source: source) }

  /// The next object's members in order, or nil after the closing bracket.
  mutating func next() throws(InputError) -> [(String, String)]? {
    if finished { return nil }
    if !started {
      started = true
      try json.beginArray("a JSON array of workload objects")
    }
    guard try json.nextElement(first: &first) else {
      finished = true
      try json.expectEnd("the closing ']'")
      return nil
    }
    _ = try json.peek()
    objectLine = json.line
    return try readObject()
  }

  private mutating func readObject() throws(InputError) -> [(String, String)] {
    try json.beginObject("an object such as {\"name\": \"api\", \"invokes\": 1e6}")
    var members: [(String, String)] = []
    var first = true
    while let keyBytes = try json.nextKey(first: &first) {
      let key = String(decoding: keyBytes, as: UTF8.self)
      if let value = try readValue(key: key) { members.append((key, value)) }
    }
    return members
  }

  private mutating func readValue(key: String) throws(InputError) -> String? {
    switch try json.peek() {
    case UInt8(ascii: "\""): return try json.readString()
    case UInt8(ascii: "["): return try readList(key: key)
    case UInt8(ascii: "{"):
      throw json.error(
        "\(quoting: key) holds an object; workload fields are strings, numbers or lists")
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      switch try json.readLiteral() {
      case .bool(let flag): return flag ? "true" : "false"
      default: return nil
      }
    default: return try json.readNumber()
    }
  }

  private mutating func readList(key: String) throws(InputError) -> String {
    try json.beginArray()
    var items: [String] = []
    var first = true
    while try json.nextElement(first: &first) {
      let next = try json.peek()
      if next == UInt8(ascii: "\"") {
        items.append(try json.readString())
      } else if next == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
      {
        items.append(try json.readNumber())
      } else {
        throw json.error("\(quoting: key) lists something other than strings or numbers")
      }
    }
    return items.joined(separator: ",")
  }
}
