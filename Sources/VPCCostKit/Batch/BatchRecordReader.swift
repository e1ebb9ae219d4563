/// Reads batch records from CSV (with a header row) or a JSON array, decided by the content.
public struct BatchRecordReader {
  private enum Format {
    case csv(CSVRecordReader, columns: [BatchColumns.Column])
    case json(JSONArrayReader)
    case empty
  }

  private var format: Format
  private var count = 0
  /// The name of the input, for messages.
  public let name: String

  /// Opens the input; a CSV file's header row is read and checked here.
  public init(source: ByteSource) throws(CLIError) {
    name = source.name
    try Self.skipByteOrderMark(source)
    while let byte = try source.peek(), byte == 32 || byte == 9 || byte == 10 || byte == 13 {
      _ = try source.next()
    }
    guard let first = try source.peek() else {
      throw .badData(
        "\(source.name): the file is empty; give a CSV file with a header row (name,region,azs,...) or a JSON array of objects"
      )
    }
    if first == UInt8(ascii: "[") {
      format = .json(JSONArrayReader(source: source))
      return
    }
    var reader = CSVRecordReader(source: source)
    guard let header = try reader.next() else {
      format = .empty
      return
    }
    format = .csv(reader, columns: try BatchColumns.map(header: header, file: source.name))
  }

  /// Consumes a UTF-8 byte-order mark at the start of the input, if there is one.
  static func skipByteOrderMark(_ source: ByteSource) throws(CLIError) {
    guard try source.peek() == 0xEF else { return }
    for expected: UInt8 in [0xEF, 0xBB, 0xBF] where try source.next() != expected {
      throw .badData("\(source.name): line 1: not UTF-8 text (a broken byte-order mark)")
    }
  }

  /// The next record, or nil at the end.
  public mutating func next() throws(CLIError) -> BatchRecord? {
    switch format {
    case .empty: return nil
    case .csv(var reader, let columns):
      let cells = try reader.next()
      format = .csv(reader, columns: columns)
      guard let cells else { return nil }
      count += 1
      guard cells.count == columns.count else {
        throw .badData(
          "\(name): row \(count) (line \(reader.line)): \(cells.count) fields where the header has \(columns.count); quote fields that contain commas"
        )
      }
      return BatchColumns.record(number: count, line: reader.line, cells: cells, columns: columns)
    case .json(var reader):
      let members = try reader.next()
      format = .json(reader)
      guard let members else { return nil }
      count += 1
      let columns = try BatchColumns.map(
        header: members.map(\.0), file: name, row: count, line: reader.objectLine)
      return BatchColumns.record(
        number: count, line: reader.objectLine, cells: members.map(\.1), columns: columns)
    }
  }
}
