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
  ///
  /// Descriptors 0 to 2 that are closed are opened on /dev/null first, before any file is
  /// opened: otherwise the first file opened takes a closed one's number, and notes meant for
  /// standard error (`2>&-`) would be written into the output file.
  package static func openOutput() -> StandardStream {
    let outputClosed = fcntl(1, F_GETFD) == -1
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
      let null = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
      if null >= 0 && null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
    }
    guard outputClosed else { return .output }
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
