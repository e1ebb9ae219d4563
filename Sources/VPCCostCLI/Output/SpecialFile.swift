import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An existing device, FIFO or socket given as the output: written through, as the shell's `>`
/// writes it, never replaced by a regular file.
final class SpecialFile {
  let path: String
  private var descriptor: Int32

  /// Opens it for writing (a FIFO waits for its reader, as with the shell).
  init(path: String) throws(OutputError) {
    self.path = path
    descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OutputError(path: path, SystemError.current) }
  }

  /// Writes through a copy of one of the process's open descriptors (`/dev/fd/3`).
  init(descriptor original: Int32, path: String) throws(OutputError) {
    self.path = path
    descriptor = fcntl(original, F_DUPFD_CLOEXEC, 3)
    guard descriptor >= 0 else { throw OutputError(path: path, SystemError.current) }
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Writes bytes through.
  func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    guard SystemIO.writeAll(descriptor, bytes) else {
      throw OutputError(path: path, SystemError.current, kind: .writeFailed)
    }
  }

  /// Closes it; a failure to close is a failed write (some devices report errors late).
  func finish() throws(OutputError) {
    guard descriptor >= 0 else { return }
    let closed = close(descriptor)
    descriptor = -1
    guard closed == 0 else {
      throw OutputError(path: path, SystemError.current, kind: .writeFailed)
    }
  }
}
