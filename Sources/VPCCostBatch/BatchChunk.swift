import VPCCostCore
import VPCCostFormats

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

  /// Where field `index` of record `row` is in a chunk's `bytes`, with `fields` fields per
  /// record, from the chunk's field `ends` (`withPointers`).
  @inline(__always)
  static func range(row: Int, index: Int, fields: Int, ends: UnsafeBufferPointer<Int>) -> Range<Int>
  {
    let position = row * fields + index
    return (position == 0 ? 0 : ends[position - 1])..<ends[position]
  }

  /// Hands `body` the chunk's bytes and field ends as pointers, valid during the call (for
  /// `range`).
  func withPointers<Result>(
    _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ ends: UnsafeBufferPointer<Int>) throws ->
      Result
  ) rethrows -> Result {
    try bytes.withUnsafeBufferPointer { bytes in
      try ends.withUnsafeBufferPointer { ends in try body(bytes, ends) }
    }
  }
}
