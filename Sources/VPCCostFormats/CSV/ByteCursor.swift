import VPCCostCore

/// Where the next byte of a `ByteStorage` goes, while a row is written into reserved room.
///
/// Invariant: `next <= limit`, and the bytes from `next` to `limit` are allocated and this
/// cursor's alone. Every write asserts that it stays inside the room (`assert`: debug builds and
/// the tests, which write the largest cell of each writer, `ByteRoomTests`); `ByteStorage.write`
/// checks it again with a `precondition` after each reservation, in every build.
@usableFromInline package struct ByteCursor {
  /// The next byte's address.
  @usableFromInline var next: UnsafeMutablePointer<UInt8>
  /// The end of the room reserved for this cursor.
  @usableFromInline let limit: UnsafeMutablePointer<UInt8>
  /// The digit pairs, read once per cursor rather than through the global for every number.
  @usableFromInline let pairs = ByteCursor.pairs

  /// A cursor at `next` with room up to `limit`.
  @inlinable
  package init(next: UnsafeMutablePointer<UInt8>, limit: UnsafeMutablePointer<UInt8>) {
    precondition(next <= limit, "a cursor's room ends after it starts")
    self.next = next
    self.limit = limit
  }

  /// How many bytes the cursor may still write.
  package var room: Int { limit - next }

  /// Asserts that `count` more bytes fit in the room (debug builds).
  @inlinable @inline(__always)
  func assertRoom(_ count: Int) {
    assert(count <= limit - next, "a writer's room budget is too small: \(count) bytes past it")
  }

  /// Writes one byte.
  @inlinable @inline(__always)
  package mutating func put(_ byte: UInt8) {
    assertRoom(1)
    next.pointee = byte
    next += 1
  }

  /// Writes bytes: up to 32 in a few word moves (a cell's bytes), a copy for longer runs.
  ///
  /// A run of 4 to 32 bytes is moved as two words (or two pairs of words) that overlap in the
  /// middle, 1 to 3 as three bytes that may repeat: nothing is read or written outside the run.
  @inlinable @inline(__always)
  package mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    let count = bytes.count
    assertRoom(count)
    let source = UnsafeRawPointer(start)
    let target = UnsafeMutableRawPointer(next)
    if count > 32 {
      next.update(from: start, count: count)
    } else if count >= 16 {
      Self.move(UInt64.self, 2, count, from: source, to: target)
    } else if count >= 8 {
      Self.move(UInt64.self, 1, count, from: source, to: target)
    } else if count >= 4 {
      Self.move(UInt32.self, 1, count, from: source, to: target)
    } else if count > 0 {
      next[0] = start[0]
      next[count >> 1] = start[count >> 1]
      next[count - 1] = start[count - 1]
    }
    next += count
  }

  /// Moves `count` bytes (from `words` to twice `words` words of `Word`) as the first and the
  /// last `words` words, which overlap when the count is not twice their size.
  @inlinable @inline(__always)
  static func move<Word: FixedWidthInteger>(
    _: Word.Type, _ words: Int, _ count: Int, from source: UnsafeRawPointer,
    to target: UnsafeMutableRawPointer
  ) {
    let size = MemoryLayout<Word>.size
    let tail = count - words * size
    for index in 0..<words {
      let head = source.loadUnaligned(fromByteOffset: index * size, as: Word.self)
      let last = source.loadUnaligned(fromByteOffset: tail + index * size, as: Word.self)
      target.storeBytes(of: head, toByteOffset: index * size, as: Word.self)
      target.storeBytes(of: last, toByteOffset: tail + index * size, as: Word.self)
    }
  }

  /// Writes an array's bytes.
  @inlinable @inline(__always)
  package mutating func put(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { put($0) }
  }

  /// Writes the decimal digits of a value, left-padded with zeros to `width`.
  @inlinable @inline(__always)
  package mutating func putDigits(_ value: UInt64, width: Int = 0) {
    var digits = 1
    var limit: UInt64 = 10
    while digits < 20 && value >= limit {
      digits += 1
      limit = limit &* 10
    }
    assertRoom(max(digits, width))
    var padding = width - digits
    while padding > 0 {
      put(UInt8(ascii: "0"))
      padding -= 1
    }
    var position = next + digits
    next = position
    var rest = value
    // Two digits per division, from a table of "00" to "99", from the last digit back.
    do {
      let pairs = self.pairs
      while rest >= 100 {
        let pair = Int(truncatingIfNeeded: rest % 100) &* 2
        rest /= 100
        position -= 2
        position[0] = pairs[pair]
        position[1] = pairs[pair &+ 1]
      }
      if rest >= 10 {
        let pair = Int(truncatingIfNeeded: rest) &* 2
        position -= 2
        position[0] = pairs[pair]
        position[1] = pairs[pair &+ 1]
      } else {
        position -= 1
        position[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
      }
    }
  }

  /// The pairs of digits from 00 to 99, as bytes.
  @usableFromInline nonisolated(unsafe) static let pairs = CellArena.permanent.store(
    (0..<100).flatMap { value in
      [UInt8(ascii: "0") + UInt8(value / 10), UInt8(ascii: "0") + UInt8(value % 10)]
    })

  /// Writes a quantity as its shortest exact decimal; a whole part of 2^64 or more (beyond any
  /// workload) goes through the general formatter, within 48 bytes.
  @inline(__always)
  package mutating func putQuantity(_ quantity: Quantity) {
    let magnitude = quantity.units.magnitude
    let (whole, fraction): (UInt128, UInt64)
    if magnitude >> 64 == 0 {
      // Below 2^64 units (18 million GB), a 64-bit division by a constant: a multiply.
      let (quotient, remainder) = UInt64(magnitude).quotientAndRemainder(
        dividingBy: 1_000_000_000_000)  // 10^Quantity.scale
      (whole, fraction) = (UInt128(quotient), remainder)
    } else {
      (whole, fraction) = DecimalBytes.divide(magnitude, by: 1_000_000_000_000)
    }
    guard whole <= UInt128(UInt64.max) else { return putQuantityInGeneral(quantity) }
    if quantity.units < 0 { put(UInt8(ascii: "-")) }
    putDigits(UInt64(whole))
    guard fraction != 0 else { return }
    var digits = fraction
    var width = Quantity.scale
    while digits % 10 == 0 {
      digits /= 10
      width -= 1
    }
    put(UInt8(ascii: "."))
    putDigits(digits, width: width)
  }

  /// The general path of `putQuantity`, out of line so that its array is not made per cell.
  @inline(never)
  mutating func putQuantityInGeneral(_ quantity: Quantity) {
    var text: [UInt8] = []
    DecimalBytes.appendShortest(quantity.units, scale: Quantity.scale, to: &text)
    put(text)
  }

  /// Writes money rounded half away from zero to cents (`1234.50`).
  ///
  /// Amounts of 2^64 cents or more (beyond any workload) are refused with false, before
  /// anything is written, for the caller's general path.
  @inlinable @inline(__always)
  package mutating func putCents(_ money: Money) -> Bool {
    // units / 10^20 = (units / 2^20) / 5^20: a shift and one division by a 64-bit number.
    let magnitude = money.units.magnitude
    let shifted = magnitude >> 20
    let fivePower: UInt64 = 95_367_431_640_625  // 5^20
    guard UInt64(truncatingIfNeeded: shifted >> 64) < fivePower else { return false }
    let quotient: UInt64
    let remainder: UInt128
    if shifted >> 64 == 0 {
      // Below 2^84 units ($1,934.28 at Money's scale of 10^22), the common case: a 64-bit
      // division by a constant (a multiply).
      let narrow = UInt64(truncatingIfNeeded: shifted)
      quotient = narrow / fivePower
      remainder = UInt128(narrow &- quotient &* fivePower)
    } else {
      let wide = shifted / UInt128(fivePower)
      quotient = UInt64(truncatingIfNeeded: wide)
      remainder = shifted &- wide &* UInt128(fivePower)
    }
    // The remainder in units: remainder x 2^20 + the 20 bits shifted out; half is 5 x 10^19.
    let rest = (remainder << 20) | (magnitude & 0xFFFFF)
    let cents = rest >= 50_000_000_000_000_000_000 ? quotient + 1 : quotient
    if money.units < 0 && cents > 0 { put(UInt8(ascii: "-")) }
    putDigits(cents / 100)
    put(UInt8(ascii: "."))
    let last = cents % 100
    put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: last / 10))
    put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: last % 10))
    return true
  }
}
