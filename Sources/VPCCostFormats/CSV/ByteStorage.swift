import VPCCostCore

/// A growable byte buffer written through a pointer, so that appending a byte is one store.
///
/// Invariant: `count <= capacity`, and `base` holds `capacity` allocated bytes of which the
/// first `count` are initialised. Writes go through `write(room:)`, which reserves the room
/// first and checks that the body kept to it.
///
/// `CSVWriter` owns one and copies it before writing when it is shared (copy on write), so a
/// writer behaves as the value type it is.
@usableFromInline final class ByteStorage: @unchecked Sendable {
  // `@exclusivity(unchecked)`: a buffer belongs to one writer (`CSVWriter` copies it before
  // writing when it is shared), so no two accesses overlap; the dynamic checks, which the
  // optimiser removed while batch was in this module, cost 8% of a batch once it was not.
  @usableFromInline @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<UInt8>
  @usableFromInline @exclusivity(unchecked) private(set) var capacity: Int
  @usableFromInline @exclusivity(unchecked) var count = 0

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
  @inlinable @inline(__always)
  func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  @usableFromInline func grow(to needed: Int) {
    var size = capacity * 2
    while size < needed { size *= 2 }
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    larger.update(from: base, count: count)
    base.deallocate()
    base = larger
    capacity = size
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
  ///
  /// A body that writes past `room` is a bug in its budget: debug builds stop at the first byte
  /// past it (`ByteCursor`'s asserts), every build stops here before the count takes it in.
  @inlinable @inline(__always)
  func write(room: Int, _ body: (inout ByteCursor) -> Void) {
    precondition(room >= 0, "a negative room")
    reserve(room)
    let start = base + count
    var cursor = ByteCursor(next: start, limit: start + room)
    body(&cursor)
    precondition(cursor.next <= cursor.limit, "a writer wrote past the room it reserved")
    count = cursor.next - base
  }
}
