/// A run of CSV records copied out of the reader, to be priced on another thread.
struct BatchChunk: Sendable {
  /// Every field's bytes, one after another.
  private(set) var bytes: [UInt8] = []
  /// Where each field ends in `bytes`, `fieldsPerRow` per record.
  private(set) var ends: [Int] = []
  /// Each record's number in the file and the line it starts on.
  private(set) var rows: [(number: Int, line: Int)] = []

  /// Room for about `rows` records.
  init(rows count: Int) {
    bytes.reserveCapacity(count * 64)
    ends.reserveCapacity(count * 8)
    rows.reserveCapacity(count)
  }

  /// Adds a record of `fields` fields, each given by `field`.
  mutating func append(
    number: Int, line: Int, fields: Int, field: (Int) -> ArraySlice<UInt8>
  ) {
    for index in 0..<fields {
      bytes.append(contentsOf: field(index))
      ends.append(bytes.count)
    }
    rows.append((number, line))
  }

  /// Field `index` of record `row`, with `fields` fields per record.
  func field(row: Int, index: Int, fields: Int) -> ArraySlice<UInt8> {
    let position = row * fields + index
    return bytes[(position == 0 ? 0 : ends[position - 1])..<ends[position]]
  }
}
