import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input that can be read twice: a regular file as it is, anything else (standard input, a
/// pipe, a FIFO) copied first to an anonymous temporary file, unlinked at once.
///
/// A batch streamed to standard output reads its input once to check every row and again to
/// price them; the input is some 25 times smaller than the output it replaces holding.
final class InputCopy {
  /// The path each reading opens: the file, or `/proc/self/fd/N` of the copy.
  let path: String
  /// The name to show in messages.
  let name: String
  private var descriptor: Int32 = -1

  /// Uses `path` itself when it names a regular file; copies it otherwise.
  init(path: String) throws(InputError) {
    if path != "-", FileSystem.isFolder(path) {
      throw .cannotOpen(path: path, reason: "it is a folder; give a file")
    }
    var status = stat()
    if path != "-", stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
      self.path = path
      name = path
      return
    }
    name = path == "-" ? "standard input" : path
    let source = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
    guard source >= 0 else {
      throw .cannotOpen(path: path, reason: SystemError.current.description)
    }
    defer { if source != 0 { close(source) } }
    let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(folder)/vpccost-input-XXXXXX".utf8CString)
    descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: "cannot copy it to \(folder): \(SystemError.current)")
    }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    self.path = "/proc/self/fd/\(descriptor)"
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw .readFailed(path: name, SystemError.current) }
      if count == 0 { break }
      guard chunk.withUnsafeBytes({ SystemIO.writeAll(descriptor, .init(rebasing: $0[0..<count])) })
      else {
        throw .cannotOpen(path: path, reason: "cannot copy it to \(folder): \(SystemError.current)")
      }
    }
  }

  deinit { if descriptor >= 0 { close(descriptor) } }
}
