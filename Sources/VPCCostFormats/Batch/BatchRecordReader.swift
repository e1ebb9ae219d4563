import VPCCostCore

/// Reads batch records from CSV (with a header row) or a JSON array, decided by the content.
package struct BatchRecordReader {
  private enum Format {
    case csv(CSVReader, columns: [BatchColumns.Column])
    case json(BatchJSONReader)
    case empty
  }

  private var format: Format
  private var count = 0
  /// The name of the input, for messages.
  package let name: String

  /// Opens the input; a CSV file's header row is read and checked here.
  package init(source: ByteSource) throws(InputError) {
    name = source.name
    guard let first = try Self.firstByte(of: source) else {
      throw .at(
        source.name,
        "the file is empty; give a CSV file with a header row (name,region,azs,...) or a JSON array of objects"
      )
    }
    if first == UInt8(ascii: "[") {
      format = .json(BatchJSONReader(source: source))
      return
    }
    if first == UInt8(ascii: "{") {
      throw .at(
        source.name, line: 1,
        "a JSON object; a batch file in JSON is an array of workload objects: [{\"name\": \"api\", ...}]"
      )
    }
    var reader = CSVReader(source: source)
    guard try reader.next() else {
      format = .empty
      return
    }
    format = .csv(reader, columns: try BatchColumns.map(header: reader.fields, file: source.name))
  }

  /// Skips a UTF-8 byte-order mark and leading white space; the first byte of the content, not
  /// consumed, or nil for an empty input.
  package static func firstByte(of source: ByteSource) throws(InputError) -> UInt8? {
    if try source.peek() == 0xEF {
      for expected: UInt8 in [0xEF, 0xBB, 0xBF] where try source.next() != expected {
        throw .at(source.name, line: 1, "not UTF-8 text (a broken byte-order mark)")
      }
    }
    while let byte = try source.peek(),
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r")
    {
      _ = try source.next()
    }
    return try source.peek()
  }

  /// Whether the input is CSV.
  package var isCSV: Bool {
    if case .csv = format { return true }
    return false
  }

  /// Copies the next record into `chunk`, its cells in the order of `chunkColumns` (empty
  /// where a JSON object has no key); false at the end.
  mutating func nextRecord(into chunk: inout BatchChunk) throws(InputError) -> Bool {
    let layout = chunkColumns
    return try nextRecord { number, line, columns, cell in
      guard columns != layout else {
        return chunk.append(number: number, line: line, fields: columns.count, field: cell)
      }
      var cells = [ArraySlice<UInt8>](repeating: [], count: layout.count)
      for (index, column) in columns.enumerated() {
        if let position = layout.firstIndex(of: column) { cells[position] = cell(index) }
      }
      chunk.append(number: number, line: line, fields: cells.count) { cells[$0] }
    } != nil
  }

  /// Every column, in the order a JSON object's cells are put into a chunk.
  static let allColumns: [BatchColumns.Column] = [.name] + WorkloadField.allCases.map { .field($0) }

  /// The columns of the records `nextRecord` copies: the header's for CSV, all for JSON.
  var chunkColumns: [BatchColumns.Column] {
    switch format {
    case .csv(_, let columns): return columns
    case .json: return Self.allColumns
    case .empty: return []
    }
  }

  /// The next row, its fields put into `input`, or nil at the end.
  package mutating func next(into input: inout WorkloadInput) throws(InputError) -> BatchRow? {
    try nextRecord { number, line, columns, cell in
      BatchRow(
        number: number, line: line,
        name: BatchColumns.fill(&input, columns: columns, cell: cell))
    }
  }

  /// Reads the next record and hands `body` its number, line, columns and cells.
  ///
  /// The cells are valid only during the call; nil at the end. A CSV record's field count and
  /// a JSON object's keys are checked here, in file order.
  private mutating func nextRecord<Result>(
    _ body: (Int, Int, [BatchColumns.Column], (Int) -> ArraySlice<UInt8>) -> Result
  ) throws(InputError) -> Result? {
    switch format {
    case .empty: return nil
    case .csv(var reader, let columns):
      format = .empty  // the reader's buffers stay uniquely held: no copy per record
      let more = try reader.next()
      format = .csv(reader, columns: columns)
      guard more else { return nil }
      count += 1
      guard reader.count == columns.count else {
        throw .at(
          name, place: "row \(count) (line \(reader.line))",
          "\(reader.count) fields where the header has \(columns.count); quote fields that contain commas"
        )
      }
      return body(count, reader.line, columns) { reader.field($0) }
    case .json(var reader):
      format = .empty
      let members = try reader.next()
      format = .json(reader)
      guard let members else { return nil }
      count += 1
      let columns = try BatchColumns.map(
        header: members.map(\.0), file: name, row: count, line: reader.objectLine)
      let cells = members.map { ArraySlice($0.1.utf8) }
      return body(count, reader.objectLine, columns) { cells[$0] }
    }
  }
}
