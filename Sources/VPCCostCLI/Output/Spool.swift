import VPCCostCore
import VPCCostFormats
import VPCCostReview

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Holds a command's standard output until the command has succeeded.
///
/// Small results stay in memory; past `memoryLimit` bytes they spill to an anonymous temporary
/// file (unlinked at once), so memory does not grow with a large batch and a failed run prints
/// nothing.
final class Spool {
  /// How many bytes stay in memory before the spool spills to disk: every result but a large
  /// batch's fits, and a batch's peak memory (the spool is full just before it spills) stays
  /// well under 16 MiB.
  static let memoryLimit = 2 << 20

  private var memory: [UInt8] = []
  private var descriptor: Int32 = -1

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Appends bytes.
  func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    if descriptor < 0 && memory.count + bytes.count <= Self.memoryLimit {
      // Room for the whole limit at once: growing by doubling would hold the old and the new
      // buffer together (3 MiB) on the way to 2 MiB. Untouched room costs no memory.
      if memory.count + bytes.count > memory.capacity { memory.reserveCapacity(Self.memoryLimit) }
      memory.append(contentsOf: bytes)
      return
    }
    if descriptor < 0 { try spill() }
    guard SystemIO.writeAll(descriptor, bytes) else {
      throw OutputError(path: "standard output", SystemError.current, kind: .writeFailed)
    }
  }

  /// Replays everything written, in order, in chunks that end at line breaks, until `emit`
  /// returns false (the reader went away or the write failed).
  func replay(_ emit: (String) -> Bool) throws(OutputError) {
    guard descriptor >= 0 else {
      if !memory.isEmpty { _ = emit(String(decoding: memory, as: UTF8.self)) }
      return
    }
    lseek(descriptor, 0, SEEK_SET)
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count >= 0 else {
        throw OutputError(path: "standard output", SystemError.current, kind: .writeFailed)
      }
      if count == 0 { break }
      pending.append(contentsOf: chunk[0..<count])
      if let lastNewline = pending.lastIndex(of: UInt8(ascii: "\n")) {
        guard emit(String(decoding: pending[...lastNewline], as: UTF8.self)) else { return }
        pending.removeFirst(lastNewline + 1)
      }
    }
    if !pending.isEmpty { _ = emit(String(decoding: pending, as: UTF8.self)) }
  }

  private func spill() throws(OutputError) {
    let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(folder)/vpccost-spool-XXXXXX".utf8CString)
    descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw OutputError(
        path: "standard output", reason: "cannot spool to \(folder): \(SystemError.current)")
    }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    guard memory.withUnsafeBytes({ SystemIO.writeAll(descriptor, $0) }) else {
      throw OutputError(path: "standard output", SystemError.current, kind: .writeFailed)
    }
    memory = []
  }
}
