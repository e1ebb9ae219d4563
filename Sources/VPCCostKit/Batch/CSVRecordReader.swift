/// Reads RFC 4180 records one at a time from a byte stream.
///
/// Accepts CRLF or LF line ends, quoted fields with doubled quotes and line breaks inside them,
/// and a final line without a line end (`BatchRecordReader` removes a byte-order mark first). Blank lines are
/// skipped. A quote inside an unquoted field, or a quoted field that never closes, is an error
/// naming the line.
public struct CSVRecordReader {
  let source: ByteSource
  /// The line the current record started on (1-based).
  public private(set) var line = 0
  private var nextLine = 1

  /// Creates a reader over a byte source.
  public init(source: ByteSource) { self.source = source }

  /// The next record's fields, or nil at the end of the input.
  public mutating func next() throws(CLIError) -> [String]? {
    while true {
      guard try source.peek() != nil else { return nil }
      line = nextLine
      let fields = try readRecord()
      if fields.count == 1 && fields[0].isEmpty { continue }
      return fields
    }
  }

  private mutating func readRecord() throws(CLIError) -> [String] {
    var fields: [String] = []
    var field: [UInt8] = []
    while true {
      guard let byte = try source.append(into: &field, until: Self.isSpecial) else {
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
      }
      switch byte {
      case UInt8(ascii: ","):
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
      case 10:
        nextLine += 1
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
      case 13:
        if try source.peek() == 10 { _ = try source.next() }
        nextLine += 1
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
      case UInt8(ascii: "\"") where field.isEmpty:
        try readQuoted(into: &field)
      case UInt8(ascii: "\""):
        throw .badData(
          "\(source.name): line \(nextLine): a quote inside an unquoted field; quote the whole field and double the quote (\"\")"
        )
      default:
        field.append(byte)
      }
    }
  }

  /// The bytes that end a run of plain field text.
  @inline(__always)
  static func isSpecial(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == 10 || byte == 13 || byte == UInt8(ascii: "\"")
  }

  private mutating func readQuoted(into field: inout [UInt8]) throws(CLIError) {
    let startLine = nextLine
    while let byte = try source.next() {
      if byte == UInt8(ascii: "\"") {
        if try source.peek() == UInt8(ascii: "\"") {
          _ = try source.next()
          field.append(byte)
          continue
        }
        let after = try source.peek()
        guard after == nil || after == UInt8(ascii: ",") || after == 10 || after == 13 else {
          throw .badData(
            "\(source.name): line \(nextLine): text after a closing quote; a field is either quoted whole or not at all"
          )
        }
        return
      }
      if byte == 10 { nextLine += 1 }
      field.append(byte)
    }
    throw .badData(
      "\(source.name): line \(startLine): a quoted field is never closed; add the closing quote")
  }
}
