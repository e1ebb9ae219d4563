import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's standard output or standard error as a `TextOutputStream` that remembers the
/// first failed write, so that a run whose output was lost does not end as a success.
package struct StandardStream: TextOutputStream, WriteFailureReporting {
  /// Which stream: 1 for standard output, 2 for standard error.
  let descriptor: Int32
  /// The `errno` of the first failed write; nothing more is written after it.
  package private(set) var writeFailure: Int32?

  /// Standard output.
  package static var output: StandardStream { StandardStream(descriptor: 1) }
  /// Standard error.
  package static var error: StandardStream { StandardStream(descriptor: 2) }

  /// Standard output for `main.swift`: when the process started with it closed (`>&-`), the
  /// descriptor is pointed at /dev/null, so that no file the run opens takes its number, and
  /// the stream reports the write as failed (EBADF) instead of writing anywhere.
  package static func openOutput() -> StandardStream {
    guard fcntl(1, F_GETFD) == -1 else { return .output }
    let null = open("/dev/null", O_WRONLY)
    if null >= 0 && null != 1 {
      dup2(null, 1)
      close(null)
    }
    var stream = StandardStream(descriptor: 1)
    stream.writeFailure = EBADF
    return stream
  }

  /// Writes all of the text, retrying short writes, unless a write has failed already.
  package mutating func write(_ string: String) {
    guard writeFailure == nil, !string.isEmpty else { return }
    var text = string
    let written = text.withUTF8 { SystemIO.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
    if !written { writeFailure = errno }
  }
}

/// A stream that can say its writes failed (the real standard output can; a `String` cannot).
package protocol WriteFailureReporting {
  /// The `errno` of the first failed write, if any.
  var writeFailure: Int32? { get }
}
