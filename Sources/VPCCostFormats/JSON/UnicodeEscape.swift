import VPCCostCore

/// The one decoder of `\u` escapes, shared by the JSON reader and the YAML reader: hex digits,
/// UTF-16 surrogate pairs (RFC 8259 section 7) and UTF-8 encoding of the scalar.
package enum UnicodeEscape {
  /// The value of one hex digit (`0-9`, `a-f`, `A-F`), or nil.
  @inline(__always)
  package static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// Whether a UTF-16 code unit is a high (leading) surrogate, which needs a low one after it.
  package static func isHighSurrogate(_ unit: UInt32) -> Bool { (0xD800..<0xDC00).contains(unit) }

  /// Whether a UTF-16 code unit is a low (trailing) surrogate.
  package static func isLowSurrogate(_ unit: UInt32) -> Bool { (0xDC00..<0xE000).contains(unit) }

  /// The scalar a surrogate pair stands for.
  package static func combine(high: UInt32, low: UInt32) -> UInt32 {
    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
  }

  /// Appends the UTF-8 bytes of a scalar value; false when it is not a Unicode scalar (a lone
  /// surrogate or a value past U+10FFFF), and nothing is appended.
  package static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) -> Bool {
    guard let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) else {
      return false
    }
    bytes.append(contentsOf: encoded)
    return true
  }
}
