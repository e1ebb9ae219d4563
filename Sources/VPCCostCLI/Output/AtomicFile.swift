import VPCCostCore
import VPCCostFormats
import VPCCostReview

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file written to a temporary file beside it and renamed into place when complete.
///
/// An interrupted or failed run leaves no partial file and never clobbers an existing file
/// with half a result: `discard()` (or never calling `commit()`) removes the temporary file.
package final class AtomicFile {
  /// The final path.
  package let path: String
  private let temporaryPath: String
  private var descriptor: Int32

  /// Creates the temporary file in the destination's folder; fails with the reason when the
  /// folder is missing or not writable, or the destination exists and is read-only.
  package init(path: String) throws(OutputError) {
    self.path = path
    if Self.isReadOnly(path) {
      throw OutputError(path: path, reason: "the file exists and is read-only")
    }
    let folder = Self.folder(of: path)
    let name = path.split(separator: "/").last.map(String.init) ?? "output"
    var template = Array("\(folder)/.\(name).vpccost-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw OutputError(path: path, reason: Self.reason(errno, folder: folder))
    }
    self.descriptor = descriptor
    self.temporaryPath = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit { discard() }

  /// Appends bytes to the temporary file.
  package func write(_ bytes: [UInt8]) throws(OutputError) {
    guard bytes.withUnsafeBytes({ SystemIO.writeAll(descriptor, $0) }) else {
      let reason = SystemIO.lastError
      discard()
      throw OutputError(path: path, reason: reason)
    }
  }

  /// Flushes the file to disk and renames it into place.
  package func commit() throws(OutputError) {
    guard descriptor >= 0 else { throw OutputError(path: path, reason: "already closed") }
    let flushed = fsync(descriptor) == 0
    let closed = close(descriptor) == 0
    descriptor = -1
    guard flushed, closed, rename(temporaryPath, path) == 0 else {
      let reason = SystemIO.lastError
      unlink(temporaryPath)
      throw OutputError(path: path, reason: reason)
    }
  }

  /// Removes the temporary file; the destination is left as it was.
  package func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporaryPath)
  }

  /// Whether a file exists and must not be replaced.
  ///
  /// True when it has no write bit, or the caller may not write it: root may write anywhere,
  /// but a read-only mark is the user's word not to replace the file.
  static func isReadOnly(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    return status.st_mode & 0o222 == 0 || access(path, W_OK) != 0
  }

  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func reason(_ code: Int32, folder: String) -> String {
    switch code {
    case ENOENT: return "the folder \(folder) does not exist"
    case EACCES, EPERM: return "the folder \(folder) is not writable"
    case ENOTDIR: return "\(folder) is not a folder"
    default: return String(cString: strerror(code))
    }
  }
}
