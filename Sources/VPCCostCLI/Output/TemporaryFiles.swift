import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The named temporary files a run has made, removed if INT, TERM or HUP ends it.
///
/// The signal handler may only call async-signal-safe functions, so the paths are kept as C
/// strings in a fixed table it reads without locks; `unlink` and `raise` are safe. Writers
/// (several commands may run at once in one process, as the tests run them) take a lock: a
/// `pthread_mutex_t`, which the thread sanitizer sees (it cannot see `Synchronization.Mutex`'s
/// futex on Linux, and reported the table's writes as races).
enum TemporaryFiles {
  private static let capacity = 16
  nonisolated(unsafe) private static let paths = UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
  >.allocate(capacity: capacity)
  nonisolated(unsafe) private static var installed = false
  nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
    let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(lock, nil)
    return lock
  }()

  /// Runs `body` holding the lock.
  private static func locked<Result>(_ body: () -> Result) -> Result {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    return body()
  }

  /// Remembers a temporary file; returns its slot for `forget`, or nil when the table is full
  /// (the file is then only removed by the normal failure paths).
  static func remember(_ path: String) -> Int? {
    locked {
      install()
      for slot in 0..<capacity where paths[slot] == nil {
        paths[slot] = strdup(path)
        return slot
      }
      return nil
    }
  }

  /// Forgets a temporary file that was renamed into place or removed.
  static func forget(_ slot: Int?) {
    guard let slot else { return }
    locked {
      guard let path = paths[slot] else { return }
      paths[slot] = nil
      free(path)
    }
  }

  private static func install() {
    guard !installed else { return }
    installed = true
    paths.initialize(repeating: nil, count: capacity)
    for number in [SIGINT, SIGTERM, SIGHUP] {
      let previous = signal(number, TemporaryFiles.handle)
      // A signal the shell set to be ignored (INT and QUIT for a background job) stays ignored.
      if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        _ = signal(number, SIG_IGN)
      }
    }
  }

  /// Removes every remembered file, then dies of the signal as if it had not been caught.
  private static let handle: @convention(c) (Int32) -> Void = { number in
    for slot in 0..<TemporaryFiles.capacity {
      if let path = TemporaryFiles.paths[slot] { unlink(path) }
    }
    _ = signal(number, SIG_DFL)
    raise(number)
  }
}
