import VPCCostCore

/// Writes RFC 4180 CSV into a byte buffer: commas, CRLF line ends, quotes doubled.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
/// or CR) are neutralised as OWASP advises for CSV injection: a leading `'` makes the cell text,
/// and the cell is quoted. Number cells are written as they are.
package struct CSVWriter: Sendable {
  /// The bytes written so far.
  package private(set) var bytes: [UInt8] = []
  private var atRowStart = true

  /// Creates an empty writer with room for `capacity` bytes.
  package init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

  /// Appends a text cell, quoted and neutralised as needed.
  package mutating func text(_ value: String) {
    separate()
    var value = value
    value.withUTF8 { utf8 in
      if let first = utf8.first, Self.startsFormula(first) {
        return quoted(utf8, prefix: UInt8(ascii: "'"))
      }
      if utf8.contains(where: Self.needsQuotes) { return quoted(utf8, prefix: nil) }
      bytes.append(contentsOf: utf8)
    }
  }

  /// Appends a text cell from UTF-8 bytes, quoted and neutralised as `text(_:)` does.
  package mutating func text(bytes value: ArraySlice<UInt8>) {
    separate()
    value.withUnsafeBufferPointer { utf8 in
      if let first = utf8.first, Self.startsFormula(first) {
        return quoted(utf8, prefix: UInt8(ascii: "'"))
      }
      if utf8.contains(where: Self.needsQuotes) { return quoted(utf8, prefix: nil) }
      bytes.append(contentsOf: utf8)
    }
  }

  /// Appends one or more cells prepared elsewhere (separated by commas, quoted as needed).
  package mutating func rawCells(_ value: [UInt8]) {
    separate()
    bytes.append(contentsOf: value)
  }

  /// Forgets everything written, keeping the buffer, to start a new set of cells.
  package mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    atRowStart = true
  }

  /// How many bytes are waiting.
  package var count: Int { bytes.count }

  /// Hands the bytes written so far to `body`, then starts again in the same buffer.
  package mutating func drain<Failure: Error>(
    _ body: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    try body(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  /// Appends a number cell (digits, a dot, maybe a minus sign) without quotes.
  package mutating func number(_ value: String) {
    separate()
    bytes.append(contentsOf: value.utf8)
  }

  /// Appends money rounded half-up to cents: a plain number a spreadsheet sums.
  package mutating func cents(_ money: Money) {
    separate()
    DecimalBytes.appendFixed(money.units, scale: Money.scale, places: 2, to: &bytes)
  }

  /// Appends a quantity as its shortest exact decimal.
  package mutating func quantity(_ quantity: Quantity) {
    separate()
    DecimalBytes.appendShortest(quantity.units, scale: Quantity.scale, to: &bytes)
  }

  /// Appends a whole number.
  package mutating func integer(_ value: Int128) {
    separate()
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    DecimalBytes.appendDigits(value.magnitude, to: &bytes)
  }

  /// Appends `true` or `false`.
  package mutating func boolean(_ value: Bool) {
    separate()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  /// Appends an empty cell.
  package mutating func empty() { separate() }

  /// Appends cells another writer wrote (one or more, not ended), as if written here.
  package mutating func cells(_ other: CSVWriter) {
    separate()
    bytes.append(contentsOf: other.bytes)
  }

  /// Ends the row with CRLF.
  package mutating func endRow() {
    bytes.append(UInt8(ascii: "\r"))
    bytes.append(UInt8(ascii: "\n"))
    atRowStart = true
  }

  /// Appends a whole row of text cells.
  package mutating func row(_ cells: [String]) {
    for cell in cells { text(cell) }
    endRow()
  }

  /// Hands over the bytes written so far and starts an empty buffer.
  package mutating func take() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  private mutating func separate() {
    if !atRowStart { bytes.append(UInt8(ascii: ",")) }
    atRowStart = false
  }

  private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>, prefix: UInt8?) {
    bytes.append(UInt8(ascii: "\""))
    if let prefix { bytes.append(prefix) }
    for byte in utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `=`, `+`, `-`, `@`, tab and CR start a formula in spreadsheets (OWASP, CSV injection).
  private static func startsFormula(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  private static func needsQuotes(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }
}
