import Dispatch
import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two page-aligned buffers in front of a file: one fills while the other's block is written,
/// directly to the disk where the file allows it.
///
/// Bytes are gathered into a block of `capacity` bytes. A full block is written on a queue of
/// its own while the next one fills, so the caller waits for the disk only when it fills a
/// block faster than the disk takes one. From the first full block on, a file that allows it is
/// switched to direct I/O (Linux `O_DIRECT`): blocks go from the buffer to the disk without being
/// copied into the page cache and written back from there (for a batch of hundreds of
/// megabytes, that copy took a third of the run). A file system that refuses direct I/O, or a
/// direct write that comes back short, turns it off and the file goes on with ordinary writes.
/// `finish` writes the rest with an ordinary write; the owner's `fsync` still makes the whole
/// file durable. A file smaller than a block is written by `finish` in one ordinary call.
///
/// A failed block write is reported by the next `append` or by `finish`, before the file can
/// be committed. The owner calls `settle` before closing the descriptor, so that no block is
/// written to a closed (or reused) descriptor.
///
/// Invariants (why it is `@unchecked Sendable`): `filling` and `count` are the caller's alone;
/// `writing`, `direct`, `directBlocks` and `failure` belong to the disk queue from `handOver`'s
/// `async` until its `idle.signal()`, and to the caller after its next `idle.wait()` (the
/// semaphore orders the two). The file status flag `O_DIRECT` is changed only by whoever holds
/// `idle`, so the caller's last ordinary write (`finish`) never races a block's direct one.
final class BlockStaging: @unchecked Sendable {
  /// The size of a block: a multiple of every page and sector size direct I/O asks for.
  static let capacity = 1 << 19
  /// The alignment direct I/O asks of the buffer, the file offset and the length.
  static let alignment = 4096

  private let descriptor: Int32
  private let allowsDirect: Bool
  /// The block being filled, and the one being written (or free).
  private var filling: UnsafeMutableRawPointer
  private var writing: UnsafeMutableRawPointer
  private var count = 0
  /// Whether blocks are written with direct I/O now; changed by block writes only.
  private var direct = false
  /// How many blocks went to the disk with direct I/O (read after `settle`).
  private(set) var directBlocks = 0
  /// The `errno` of a block write that failed, 0 while none has.
  private var failure: Int32 = 0
  private let disk = DispatchQueue(label: "vpccost.blocks")
  /// Whether a thread can be made for the disk queue, asked at the first full block; without
  /// one, blocks are written on the caller's thread.
  private lazy var threaded = SystemIO.threadsAvailable(1)
  /// Signalled when no block is being written.
  private let idle = DispatchSemaphore(value: 1)

  /// Staging for `descriptor`; `allowsDirect` false keeps every write an ordinary one.
  init(descriptor: Int32, allowsDirect: Bool) {
    self.descriptor = descriptor
    self.allowsDirect = allowsDirect && Self.directFlag != 0
    filling = .allocate(byteCount: Self.capacity, alignment: Self.alignment)
    writing = .allocate(byteCount: Self.capacity, alignment: Self.alignment)
  }

  deinit {
    settle()
    filling.deallocate()
    writing.deallocate()
  }

  /// Adds bytes, handing every block that fills to the disk; false (with `errno` set) when a
  /// block could not be written.
  func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard var source = bytes.baseAddress else { return true }
    var left = bytes.count
    while left > 0 {
      let taken = min(left, Self.capacity - count)
      (filling + count).copyMemory(from: source, byteCount: taken)
      count += taken
      source += taken
      left -= taken
      if count == Self.capacity {
        guard handOver() else { return false }
      }
    }
    return true
  }

  /// Waits for the block being written, then writes what is left with an ordinary write;
  /// false (with `errno` set) when any write failed.
  func finish() -> Bool {
    idle.wait()
    defer { idle.signal() }
    guard failure == 0 else {
      errno = failure
      return false
    }
    stopDirect()
    let tail = UnsafeRawBufferPointer(start: filling, count: count)
    count = 0
    return SystemIO.writeAll(descriptor, tail)
  }

  /// Waits until no block is being written.
  func settle() {
    idle.wait()
    idle.signal()
  }

  /// Starts writing the full block once the previous one is written, and fills the other.
  private func handOver() -> Bool {
    idle.wait()
    guard failure == 0 else {
      idle.signal()
      errno = failure
      return false
    }
    precondition(count == Self.capacity, "only a full block is handed over")
    swap(&filling, &writing)
    count = 0
    guard threaded else {
      if !writeBlock() { failure = errno }
      idle.signal()
      return true
    }
    disk.async { [self] in
      if !writeBlock() { failure = errno }
      idle.signal()
    }
    return true
  }

  /// Writes the block in `writing`, directly where the file allows it.
  private func writeBlock() -> Bool {
    if allowsDirect && !direct { direct = setDirect(true) }
    var offset = 0
    while offset < Self.capacity {
      let written = write(descriptor, writing + offset, Self.capacity - offset)
      if written < 0 && errno == EINTR { continue }
      if written < 0 && errno == EINVAL && direct {  // refused after all: write it as usual
        stopDirect()
        continue
      }
      guard written > 0 else { return false }
      offset += written
      // A short direct write leaves the rest unaligned: finish the block as usual.
      if offset < Self.capacity { stopDirect() }
    }
    if direct { directBlocks += 1 }
    return true
  }

  /// Goes on with ordinary writes.
  private func stopDirect() {
    if direct { setDirect(false) }
    direct = false
  }

  /// Turns direct I/O on or off for the file; whether the file took the change.
  @discardableResult
  private func setDirect(_ on: Bool) -> Bool {
    let flags = fcntl(descriptor, F_GETFL)
    guard flags >= 0 else { return false }
    let wanted = on ? flags | Self.directFlag : flags & ~Self.directFlag
    return fcntl(descriptor, F_SETFL, wanted) == 0
  }

  /// `O_DIRECT`, which Glibc's module does not import and whose value depends on the
  /// architecture; 0 where vpccost does not use direct I/O.
  static var directFlag: Int32 {
    #if os(Linux) && (arch(x86_64) || arch(i386))
      return 0o40_000
    #elseif os(Linux) && (arch(arm64) || arch(arm))
      return 0o200_000
    #else
      return 0
    #endif
  }
}
