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

  /// Adds a record whose fields are laid out as a CSV record's: their bytes one after another,
  /// and where each ends in them.
  mutating func append(
    number: Int, line: Int, bytes record: UnsafeBufferPointer<UInt8>,
    ends recordEnds: UnsafeBufferPointer<Int>
  ) {
    let base = bytes.count
    bytes.append(contentsOf: record)
    for end in recordEnds { ends.append(base + end) }
    rows.append((number, line))
  }

  /// Hands `body` a reader of the chunk's fields, valid during the call: field `index` of
  /// record `row`, with `fields` fields per record, as a pointer into the chunk.
  func withFields<Result>(
    _ body: ((_ row: Int, _ index: Int, _ fields: Int) -> UnsafeBufferPointer<UInt8>) throws ->
      Result
  ) rethrows -> Result {
    try bytes.withUnsafeBufferPointer { bytes in
      try ends.withUnsafeBufferPointer { ends in
        try body { row, index, fields in
          let position = row * fields + index
          let start = position == 0 ? 0 : ends[position - 1]
          return UnsafeBufferPointer(rebasing: bytes[start..<ends[position]])
        }
      }
    }
  }
}
