import VPCCostCore

/// A growable byte buffer written through a pointer, so that appending a byte is one store.
///
/// `CSVWriter` owns one and copies it before writing when it is shared (copy on write), so a
/// writer behaves as the value type it is.
final class ByteStorage: @unchecked Sendable {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  var count = 0

  /// An empty buffer with room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// A copy of the bytes, with at least the same room.
  func copy() -> ByteStorage {
    let other = ByteStorage(capacity: capacity)
    other.base.update(from: base, count: count)
    other.count = count
    return other
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private func grow(to needed: Int) {
    var size = capacity * 2
    while size < needed { size *= 2 }
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    larger.update(from: base, count: count)
    base.deallocate()
    base = larger
    capacity = size
  }

  /// Appends one byte; room must have been reserved.
  @inline(__always)
  func put(_ byte: UInt8) {
    base[count] = byte
    count += 1
  }

  /// Appends bytes, making room for them.
  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    reserve(bytes.count)
    guard let source = bytes.baseAddress else { return }
    (base + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// The bytes as an array.
  var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Gives `body` a cursor at the end of the bytes, with room for `room` more, and keeps what
  /// it wrote: the cursor lives in registers, so each byte is one store.
  @inline(__always)
  func write(room: Int, _ body: (inout ByteCursor) -> Void) {
    reserve(room)
    var cursor = ByteCursor(next: base + count)
    body(&cursor)
    count = cursor.next - base
  }
}
