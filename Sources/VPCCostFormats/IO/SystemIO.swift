import VPCCostCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over POSIX I/O used by the output streams.
package enum SystemIO {
  /// Writes every byte to a file descriptor, retrying short writes; false on an error.
  package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, base + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }

  /// Writes every byte of an array to a file descriptor; false on an error.
  package static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { writeAll(descriptor, $0) }
  }

  /// Whether the descriptor is a terminal (for progress lines).
  package static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// How many processors are online (at least 1).
  package static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

  /// Whether `count` threads can run at once now: each is made with the default attributes
  /// (the stack Dispatch's threads get) and all are joined before it returns.
  ///
  /// Under a process limit (`ulimit -u`, a container's pids limit) or an address-space limit
  /// (`ulimit -v`), a thread that cannot be made is not an error to Dispatch: it waits and
  /// tries again for ever. Asked first, the batch and the block writer run on the calling
  /// thread instead (slower, never stuck).
  package static func threadsAvailable(_ count: Int) -> Bool {
    var threads: [pthread_t] = []
    defer { for thread in threads { pthread_join(thread, nil) } }
    for _ in 0..<count {
      var thread = pthread_t()
      guard pthread_create(&thread, nil, { _ in nil }, nil) == 0 else { return false }
      threads.append(thread)
    }
    return true
  }

}
