/// Writes RFC 4180 CSV into a byte buffer: commas, CRLF line ends, quotes doubled.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
/// or CR) are neutralised as OWASP advises for CSV injection: a leading `'` makes the cell text,
/// and the cell is quoted. Number cells are written as they are.
public struct CSVWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  private var atRowStart = true

  /// Creates an empty writer.
  public init() { bytes.reserveCapacity(1 << 16) }

  /// Appends a text cell, quoted and neutralised as needed.
  public mutating func text(_ value: String) {
    separate()
    var utf8 = Array(value.utf8)
    if let first = utf8.first, Self.formulaStarts.contains(first) {
      utf8.insert(UInt8(ascii: "'"), at: 0)
      return quoted(utf8)
    }
    if utf8.contains(where: Self.needsQuotes.contains) { return quoted(utf8) }
    bytes.append(contentsOf: utf8)
  }

  /// Appends a number cell (digits, a dot, maybe a minus sign) without quotes.
  public mutating func number(_ value: String) {
    separate()
    bytes.append(contentsOf: value.utf8)
  }

  /// Appends money rounded half-up to cents: a plain number a spreadsheet sums.
  public mutating func cents(_ money: Money) { number(money.centsString) }

  /// Appends an empty cell.
  public mutating func empty() { separate() }

  /// Ends the row with CRLF.
  public mutating func endRow() {
    bytes.append(13)
    bytes.append(10)
    atRowStart = true
  }

  /// Appends a whole row of text cells.
  public mutating func row(_ cells: [String]) {
    for cell in cells { text(cell) }
    endRow()
  }

  /// Hands over the bytes written so far and starts an empty buffer.
  public mutating func take() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  private mutating func separate() {
    if !atRowStart { bytes.append(UInt8(ascii: ",")) }
    atRowStart = false
  }

  private mutating func quoted(_ utf8: [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    for byte in utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static let formulaStarts: Set<UInt8> = [
    UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13,
  ]
  private static let needsQuotes: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 10, 13]
}
