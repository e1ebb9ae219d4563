/// Eight bytes at a time: whether a word of text holds one of the bytes a CSV scanner stops at,
/// and how far a scan can go before one.
///
/// A byte equal to `c` is a zero byte of `word ^ (c x 0x0101...)`, and a word has a zero byte
/// exactly when `(x - 0x0101...) & ~x & 0x8080...` is not zero: exact as a yes or no, which is
/// all a scan asks before it looks at the bytes of the word one by one.
enum ByteWord {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether some byte of `word` is zero.
  @inline(__always)
  static func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }

  /// Whether some byte of `word` is `byte`.
  @inline(__always)
  static func has(_ byte: UInt8, in word: UInt64) -> Bool {
    hasZero(word ^ (ones &* UInt64(byte)))
  }

  /// A quote, CR or LF.
  @inline(__always)
  static func hasQuoteOrLineBreak(_ word: UInt64) -> Bool {
    has(UInt8(ascii: "\""), in: word) || has(UInt8(ascii: "\n"), in: word)
      || has(UInt8(ascii: "\r"), in: word)
  }

  /// A quote.
  @inline(__always)
  static func hasQuote(_ word: UInt64) -> Bool { has(UInt8(ascii: "\""), in: word) }

  /// A comma or a quote.
  @inline(__always)
  static func hasCommaOrQuote(_ word: UInt64) -> Bool {
    has(UInt8(ascii: ","), in: word) || has(UInt8(ascii: "\""), in: word)
  }

  /// The first index from `start` (below `count`) where the scan must stop: words pass while
  /// `passes` says none of their bytes stops it, then bytes while `byteContinues`; `count` when
  /// none stops it.
  @inline(__always)
  static func skip(
    from start: Int, count: Int, in base: UnsafePointer<UInt8>,
    while passes: (UInt64) -> Bool, orByte byteContinues: (UInt8) -> Bool = { _ in false }
  ) -> Int {
    var index = start
    let raw = UnsafeRawPointer(base)
    while index + 8 <= count && passes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
      index += 8
    }
    while index < count && byteContinues(base[index]) { index += 1 }
    return index
  }
}
