import VPCCostCore
import VPCCostFormats

/// Reads batch records from CSV (with a header row) or a JSON array, decided by the content.
package struct BatchRecordReader {
  // One of the two readers, or neither for an empty file; kept as optionals rather than an
  // enum's payloads, which would be copied out and back (retaining their buffers) per record.
  private var csv: CSVReader?
  private var csvColumns: [BatchColumns.Column] = []
  private var json: BatchJSONReader?
  private var object = BatchJSONObject()
  /// Lists of keys already checked (a file repeats a few), each with its columns and, for each
  /// of `allColumns`, the member that holds it (or -1); the last one used.
  private var checkedKeys: [CheckedKeys] = []
  private var lastChecked = 0
  private var objectColumns: [BatchColumns.Column] = []
  private var memberOfColumn: [Int] = []

  private struct CheckedKeys {
    let keys: (keys: [UInt8], ends: [Int])
    let columns: [BatchColumns.Column]
    let memberOfColumn: [Int]
  }
  private var record: (bytes: [UInt8], ends: [Int]) = ([], [])
  private var count = 0
  /// The name of the input, for messages.
  package let name: String

  /// Opens the input; a CSV file's header row is read and checked here.
  package init(source: ByteSource) throws(InputError) {
    name = source.name
    guard let first = try source.firstContentByte() else {
      throw .at(
        source.name,
        "the file is empty; give a CSV file with a header row (name,region,azs,...) or a JSON array of objects"
      )
    }
    if first == UInt8(ascii: "[") {
      json = BatchJSONReader(source: source)
      return
    }
    if first == UInt8(ascii: "{") {
      throw .at(
        source.name, line: 1,
        "a JSON object; a batch file in JSON is an array of workload objects: [{\"name\": \"api\", ...}]"
      )
    }
    var reader = CSVReader(source: source)
    guard try reader.next() else { return }
    csvColumns = try BatchColumns.map(header: reader.fields, file: source.name)
    csv = reader
  }

  /// Whether the input is CSV.
  package var isCSV: Bool { csv != nil }

  /// Copies the next record into `chunk`, its cells in the order of `chunkColumns` (empty
  /// where a JSON object has no key); false at the end.
  mutating func nextRecord(into chunk: inout BatchChunk) throws(InputError) -> Bool {
    if csv != nil { return try nextCSVRecord(into: &chunk) }
    guard let line = try nextObject() else { return false }
    // The members laid out in all columns, absent ones empty.
    record.bytes.removeAll(keepingCapacity: true)
    record.ends.removeAll(keepingCapacity: true)
    for member in memberOfColumn {
      if member >= 0 { object.appendValue(member, to: &record.bytes) }
      record.ends.append(record.bytes.count)
    }
    record.bytes.withUnsafeBufferPointer { bytes in
      record.ends.withUnsafeBufferPointer { ends in
        chunk.append(number: count, line: line, bytes: bytes, ends: ends)
      }
    }
    return true
  }

  /// Reads the next JSON object and checks its keys (once for each new list of keys); its
  /// line, or nil at the end.
  private mutating func nextObject() throws(InputError) -> Int? {
    guard try json?.next(into: &object) == true, let line = json?.objectLine else { return nil }
    count += 1
    if lastChecked < checkedKeys.count, object.hasKeys(checkedKeys[lastChecked].keys) {
      return line
    }
    if let known = checkedKeys.indices.first(where: { object.hasKeys(checkedKeys[$0].keys) }) {
      lastChecked = known
    } else {
      let columns = try BatchColumns.map(
        header: object.keyNames, file: name, row: count, line: line)
      let checked = CheckedKeys(
        keys: (object.keys, object.keyEnds), columns: columns,
        memberOfColumn: Self.allColumns.map { columns.firstIndex(of: $0) ?? -1 })
      if checkedKeys.count == 16 { checkedKeys.removeFirst() }
      checkedKeys.append(checked)
      lastChecked = checkedKeys.count - 1
    }
    objectColumns = checkedKeys[lastChecked].columns
    memberOfColumn = checkedKeys[lastChecked].memberOfColumn
    return line
  }

  /// Copies the next CSV record into `chunk` as it lies in the reader (one copy of its bytes);
  /// false at the end.
  private mutating func nextCSVRecord(into chunk: inout BatchChunk) throws(InputError) -> Bool {
    guard try csv?.next() == true, let fields = csv?.count, let line = csv?.line else {
      return false
    }
    count += 1
    try checkFieldCount(fields, line: line)
    let number = count
    csv?.withRecord { chunk.append(number: number, line: line, bytes: $0, ends: $1) }
    return true
  }

  /// A CSV record must have as many fields as the header.
  private func checkFieldCount(_ fields: Int, line: Int) throws(InputError) {
    guard fields == csvColumns.count else {
      throw .at(
        name, place: "row \(count) (line \(line))",
        "\(fields) fields where the header has \(csvColumns.count); quote fields that contain commas"
      )
    }
  }

  /// Every column, in the order a JSON object's cells are put into a chunk.
  static let allColumns: [BatchColumns.Column] = [.name] + WorkloadField.allCases.map { .field($0) }

  /// The columns of the records `nextRecord` copies: the header's for CSV, all for JSON.
  var chunkColumns: [BatchColumns.Column] {
    if csv != nil { return csvColumns }
    return json != nil ? Self.allColumns : []
  }

  /// The next row, its fields put into `input`, or nil at the end; a CSV record's field count
  /// and a JSON object's keys are checked here, in file order.
  package mutating func next(into input: inout WorkloadInput) throws(InputError) -> BatchRow? {
    if csv != nil {
      guard try csv?.next() == true, let reader = csv else { return nil }
      count += 1
      try checkFieldCount(reader.count, line: reader.line)
      let name = BatchColumns.fill(&input, columns: csvColumns) { reader.field($0) }
      return BatchRow(number: count, line: reader.line, name: name)
    }
    guard let line = try nextObject() else { return nil }
    let name = BatchColumns.fill(&input, columns: objectColumns) { object.value($0) }
    return BatchRow(number: count, line: line, name: name)
  }
}
