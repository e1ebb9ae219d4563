import VPCCostCore

/// Writes RFC 4180 CSV into a byte buffer: commas, CRLF line ends, quotes doubled.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
/// or CR) are neutralised as OWASP advises for CSV injection: a leading `'` makes the cell text,
/// and the cell is quoted. Number cells are written as they are. Bytes go through a pointer
/// into one buffer (batch writes millions of cells); a copied writer copies its buffer before
/// writing to it.
package struct CSVWriter: Sendable {
  @usableFromInline var storage: ByteStorage
  @usableFromInline var atRowStart = true

  /// Creates an empty writer with room for `capacity` bytes.
  package init(capacity: Int = 1 << 16) { storage = ByteStorage(capacity: capacity) }

  /// The bytes written so far.
  package var bytes: [UInt8] { storage.array }

  /// The bytes written so far, valid until the writer is next changed or freed.
  package var unsafeBytes: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage.base, count: storage.count)
  }

  /// How many bytes are waiting.
  package var count: Int { storage.count }

  /// Appends a text cell, quoted and neutralised as needed.
  package mutating func text(_ value: String) {
    separate()
    var value = value
    value.withUTF8 { appendText($0) }
  }

  /// Appends a text cell from UTF-8 bytes, quoted and neutralised as `text(_:)` does.
  package mutating func text<Bytes: Collection<UInt8>>(bytes value: Bytes) {
    separate()
    if value.withContiguousStorageIfAvailable({ appendText($0) }) == nil {
      Array(value).withUnsafeBufferPointer { appendText($0) }
    }
  }

  /// Appends one or more cells prepared elsewhere (separated by commas, quoted as needed).
  package mutating func rawCells(_ value: [UInt8]) {
    value.withUnsafeBufferPointer { rawCells($0) }
  }

  /// Appends cells prepared elsewhere, read through a pointer.
  mutating func rawCells(_ value: UnsafeBufferPointer<UInt8>) {
    separate()
    storage.append(value)
  }

  /// Appends a number cell (digits, a dot, maybe a minus sign) without quotes.
  package mutating func number(_ value: String) {
    separate()
    var value = value
    value.withUTF8 { storage.append($0) }
  }

  /// Appends money rounded half-up to cents: a plain number a spreadsheet sums.
  package mutating func cents(_ money: Money) {
    separate()
    storage.write(room: Self.centsRoom) { Self.putCents(money, &$0) }
  }

  /// The most bytes a cents cell takes: a sign, 20 digits, a dot and 2 more (any `Money`;
  /// `ByteRoomTests.centsCellsFitTheirRoom` writes the extremes).
  package static let centsRoom = 24

  /// The most bytes a quantity cell takes: a sign, 39 digits of an Int128 and a dot, with room
  /// to spare (`ByteRoomTests.quantityCellsFitTheirRoom`).
  package static let quantityRoom = 48

  /// The most bytes a whole-number cell of 64 bits takes: a sign and 20 digits.
  package static let integerRoom = 21

  /// Money in cents at a cursor with room for its cell.
  ///
  /// Every `Money` is below 2^127 units, about 1.7 x 10^18 cents, so the 64-bit path always
  /// applies; the general formatter stays behind it all the same.
  @inlinable @inline(__always)
  package static func putCents(_ money: Money, _ cursor: inout ByteCursor) {
    guard !cursor.putCents(money) else { return }
    putCentsInGeneral(money, &cursor)
  }

  /// The general path of `putCents`, kept out of line: its array, inlined, would be made (and
  /// reference counted) for every cell.
  @usableFromInline @inline(never)
  static func putCentsInGeneral(_ money: Money, _ cursor: inout ByteCursor) {
    var text: [UInt8] = []
    DecimalBytes.appendFixed(money.units, scale: Money.scale, places: 2, to: &text)
    cursor.put(text)
  }

  /// Writes one or more cells straight into the buffer, after the separator they need:
  /// `body` gets a cursor with room for `room` more bytes and separates its cells itself.
  mutating func withCells(room: Int, _ body: (inout ByteCursor) -> Void) {
    separate()
    storage.write(room: room, body)
  }

  /// Writes whole rows straight into the buffer: `body` gets a cursor with room for `room`
  /// more bytes, and must end every row it starts.
  @inlinable
  package mutating func withRows(room: Int, _ body: (inout ByteCursor) -> Void) {
    makeUnique()
    storage.write(room: room, body)
    atRowStart = true
  }

  /// Appends a quantity as its shortest exact decimal.
  package mutating func quantity(_ quantity: Quantity) {
    separate()
    storage.write(room: Self.quantityRoom) { $0.putQuantity(quantity) }
  }

  /// Appends a whole number.
  package mutating func integer(_ value: Int128) {
    separate()
    guard value.magnitude <= UInt128(UInt64.max) else {
      var text: [UInt8] = []
      if value < 0 { text.append(UInt8(ascii: "-")) }
      DecimalBytes.appendDigits(value.magnitude, to: &text)
      return text.withUnsafeBufferPointer { storage.append($0) }
    }
    storage.write(room: Self.integerRoom) { cursor in
      if value < 0 { cursor.put(UInt8(ascii: "-")) }
      cursor.putDigits(UInt64(value.magnitude))
    }
  }

  /// Appends `true` or `false`.
  package mutating func boolean(_ value: Bool) {
    separate()
    storage.write(room: 5) { $0.put(value ? Self.trueBytes : Self.falseBytes) }
  }

  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)

  /// Appends an empty cell.
  package mutating func empty() { separate() }

  /// Appends cells another writer wrote (one or more, not ended), as if written here.
  package mutating func cells(_ other: CSVWriter) {
    separate()
    storage.append(UnsafeBufferPointer(start: other.storage.base, count: other.storage.count))
  }

  /// Ends the row with CRLF.
  package mutating func endRow() {
    makeUnique()
    storage.write(room: 2) { cursor in
      cursor.put(UInt8(ascii: "\r"))
      cursor.put(UInt8(ascii: "\n"))
    }
    atRowStart = true
  }

  /// Appends a whole row of text cells.
  package mutating func row(_ cells: [String]) {
    for cell in cells { text(cell) }
    endRow()
  }

  /// Hands over the bytes written so far and starts an empty buffer.
  package mutating func take() -> [UInt8] {
    defer { removeAll() }
    return bytes
  }

  /// Forgets everything written, keeping the buffer, to start a new set of cells.
  package mutating func removeAll() {
    makeUnique()
    storage.count = 0
    atRowStart = true
  }

  /// Hands the bytes written so far to `body`, then starts again in the same buffer.
  package mutating func drain<Failure: Error>(
    _ body: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    try body(bytes)
    makeUnique()
    storage.count = 0
  }

  /// Hands the bytes written so far to `body` in place, without copying them, then starts
  /// again in the same buffer.
  package mutating func drainInPlace(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    makeUnique()
    try body(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
    storage.count = 0
  }

  /// Starts a cell: a comma unless it is the row's first; the buffer is this writer's own.
  private mutating func separate() {
    makeUnique()
    if !atRowStart { storage.write(room: 1) { $0.put(UInt8(ascii: ",")) } }
    atRowStart = false
  }

  @inlinable @inline(__always)
  mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  private mutating func appendText(_ utf8: UnsafeBufferPointer<UInt8>) {
    if let first = utf8.first, Self.startsFormula(first) {
      return quoted(utf8, prefix: UInt8(ascii: "'"))
    }
    if utf8.contains(where: Self.needsQuotes) { return quoted(utf8, prefix: nil) }
    storage.append(utf8)
  }

  private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>, prefix: UInt8?) {
    storage.write(room: 2 * utf8.count + 3) { cursor in
      cursor.put(UInt8(ascii: "\""))
      if let prefix { cursor.put(prefix) }
      for byte in utf8 {
        if byte == UInt8(ascii: "\"") { cursor.put(byte) }
        cursor.put(byte)
      }
      cursor.put(UInt8(ascii: "\""))
    }
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
