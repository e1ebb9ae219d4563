import VPCCostCore
import VPCCostFormats

/// Reads a batch file's JSON array of flat workload objects, one object at a time, as bytes.
///
/// Each member's value becomes text: strings as they are, numbers as written (`1e6` stays
/// `1e6`), `true`/`false`, `null` as absent, and an array of strings or numbers joined by
/// commas (for `services`). Errors name the line and column.
struct BatchJSONReader {
  private var json: JSONReader
  private var started = false
  private var finished = false
  private var first = true
  /// The key being read, in a buffer kept for every key of the file.
  private var key: [UInt8] = []
  /// The line on which the current object started.
  private(set) var objectLine = 0

  /// Creates a reader over a byte source positioned at the array.
  init(source: ByteSource) { json = JSONReader(source: source) }

  /// Reads the next object's members into `object`; false after the closing bracket.
  mutating func next(into object: inout BatchJSONObject) throws(InputError) -> Bool {
    if finished { return false }
    if !started {
      started = true
      try json.beginArray("a JSON array of workload objects")
    }
    guard try json.nextElement(first: &first) else {
      finished = true
      try json.expectEnd("the closing ']'")
      return false
    }
    _ = try json.peek()
    objectLine = json.line
    object.removeAll()
    try json.beginObject("an object such as {\"name\": \"api\", \"invokes\": 1e6}")
    var first = true
    while try json.nextKey(first: &first, into: &key) {
      key.withUnsafeBufferPointer { object.appendKey($0) }
      try object.appendValue { (bytes) throws(InputError) in try readValue(into: &bytes) }
      // An object is bounded by bytes as a CSV row is, whatever it holds: a list of forty
      // million zeros, or a million keys.
      if object.byteCount > CSVReader.maxRecordBytes { throw tooLong() }
    }
    return true
  }

  /// The error for an object over the byte limit of a row.
  private func tooLong() -> InputError {
    json.error("an object longer than 1 MB; a workload's fields are short")
  }

  /// Appends the value of the member `key` names as text; false for `null`.
  private mutating func readValue(into bytes: inout [UInt8]) throws(InputError)
    -> Bool
  {
    switch try json.peek() {
    case UInt8(ascii: "\""): try json.readString(appendingTo: &bytes)
    case UInt8(ascii: "["): try readList(into: &bytes)
    case UInt8(ascii: "{"):
      throw json.error(
        "\(quoting: String(decoding: key, as: UTF8.self)) holds an object; workload fields are strings, numbers or lists"
      )
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      guard case .bool(let flag) = try json.readLiteral() else { return false }
      bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    default: try json.readNumber(appendingTo: &bytes)
    }
    return true
  }

  /// Appends a list's strings and numbers joined by commas.
  private mutating func readList(into bytes: inout [UInt8]) throws(InputError) {
    try json.beginArray()
    var first = true
    var items = 0
    while try json.nextElement(first: &first) {
      if items > 0 { bytes.append(UInt8(ascii: ",")) }
      items += 1
      if bytes.count > CSVReader.maxRecordBytes { throw tooLong() }
      let next = try json.peek()
      if next == UInt8(ascii: "\"") {
        try json.readString(appendingTo: &bytes)
      } else if next == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
      {
        try json.readNumber(appendingTo: &bytes)
      } else {
        throw json.error(
          "\(quoting: String(decoding: key, as: UTF8.self)) lists something other than strings or numbers"
        )
      }
    }
  }
}
