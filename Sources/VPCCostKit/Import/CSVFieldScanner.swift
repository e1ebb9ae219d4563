/// Reads CSV records into one reusable byte buffer with field boundaries: no allocation per
/// field, for files of hundreds of megabytes with dozens of columns per row.
struct CSVFieldScanner {
  let source: ByteSource
  /// The current record's field contents, one after another (quotes removed, "" undoubled).
  private(set) var bytes: [UInt8] = []
  /// Where each field ends in `bytes`.
  private(set) var ends: [Int] = []
  /// The line the current record starts on.
  private(set) var line = 0
  private var nextLine = 1

  init(source: ByteSource) { self.source = source }

  /// Reads the next record; false at the end of the input.
  mutating func next() throws(CLIError) -> Bool {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    guard try source.peek() != nil else { return false }
    line = nextLine
    while true {
      guard let stop = try source.append(into: &bytes, until: CSVRecordReader.isSpecial) else {
        ends.append(bytes.count)
        return true
      }
      switch stop {
      case UInt8(ascii: ","): ends.append(bytes.count)
      case 10, 13:
        if stop == 13, try source.peek() == 10 { _ = try source.next() }
        nextLine += 1
        ends.append(bytes.count)
        return true
      default: try readQuoted()
      }
    }
  }

  private mutating func readQuoted() throws(CLIError) {
    while let stop = try source.append(into: &bytes, until: { $0 == 34 || $0 == 10 }) {
      if stop == 10 {
        nextLine += 1
        bytes.append(10)
        continue
      }
      guard try source.peek() == 34 else { return }
      _ = try source.next()
      bytes.append(34)
    }
    throw .badData(
      "\(source.name): line \(line): a quoted field is never closed (is the file truncated?)")
  }

  /// How many fields the record has.
  var count: Int { ends.count }

  /// The bytes of field `index`.
  func field(_ index: Int) -> ArraySlice<UInt8> {
    bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }

  /// Field `index` as text.
  func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }
}
