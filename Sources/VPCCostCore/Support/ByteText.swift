/// Small checks on UTF-8 bytes that the validators share, so that batch rows are read without
/// building a `String` per field.
package enum ByteText {
  /// Whether a byte is a space, tab, CR or LF.
  @inlinable @inline(__always)
  package static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\n")
  }

  /// The bytes without leading and trailing spaces, tabs, CR and LF (of an array's slice or a
  /// slice of a buffer: the same code, specialised for each within Core).
  package static func trimmed<Bytes: BidirectionalCollection<UInt8>>(
    _ bytes: Bytes
  ) -> Bytes.SubSequence where Bytes.Index == Int {
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    return bytes[start..<end]
  }

  /// A whole number with an optional sign, as `Int("...")` reads it, or nil.
  package static func integer<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int?
  where Bytes.Index == Int {
    var index = bytes.startIndex
    var negative = false
    if index < bytes.endIndex,
      bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
    {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    guard index < bytes.endIndex else { return nil }
    var value = 0
    while index < bytes.endIndex {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = times.addingReportingOverflow(negative ? -Int(digit) : Int(digit))
      guard !overflow, !carry else { return nil }
      value = sum
      index += 1
    }
    return value
  }

  /// Whether the bytes spell `word` (lowercase ASCII) in any case.
  package static func equalsIgnoringCase<Bytes: Collection<UInt8>>(
    _ bytes: Bytes, _ word: StaticString
  ) -> Bool where Bytes.Index == Int {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { expected in
      var index = bytes.startIndex
      for byte in expected {
        let given = bytes[index]
        let lower =
          given >= UInt8(ascii: "A") && given <= UInt8(ascii: "Z") ? given + 32 : given
        guard lower == byte else { return false }
        index += 1
      }
      return true
    }
  }

  /// The bytes as text, for messages.
  package static func string(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// The value of at most 18 ASCII digits and nothing else, or nil (the common case of a
  /// number, read without the general decimal reader).
  @inline(__always)
  package static func plainDigits(_ bytes: some Collection<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
    }
    return value
  }
}
