import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

#if canImport(Glibc)
  /// glibc's `mallopt`, which the Glibc module does not export (it is declared in malloc.h).
  @_silgen_name("mallopt")
  private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

  /// glibc's `M_ARENA_MAX`: the most malloc arenas.
  private let glibcArenaMax: Int32 = -8
#endif

/// Threads of the batch's own that run submitted work in order of submission, made once at
/// the start and joined at the end.
///
/// Dispatch makes its threads when work arrives, and when it cannot (a pids limit, `ulimit -u`
/// or `-v`) it sleeps and tries again for ever, holding whoever submitted the work: a batch
/// under such a limit never ended. These threads are made before any work is handed out, with
/// a 2 MiB stack; as many as can be made are used, and when none can, `start` says so and the
/// caller does the work itself.
///
/// Invariants (why it is `@unchecked Sendable`): `queue` and `closing` change only under
/// `lock`; `available` counts the items in `queue` plus one per thread once `closing` is set;
/// the threads are joined by `stop` before the value can go away, so the unretained pointer
/// each thread holds stays valid.
final class WorkerThreads: @unchecked Sendable {
  /// The stack of each thread: the pricing loop is shallow.
  static let stackBytes = 2 << 20

  private let lock = DispatchSemaphore(value: 1)
  private let available = DispatchSemaphore(value: 0)
  /// Work not yet taken; a taken item is set to nil at once, so that what it holds (a chunk
  /// of rows) is freed when its work ends, not when the queue is next compacted.
  private var queue: [(@Sendable () -> Void)?] = []
  private var next = 0
  private var closing = false
  private var threads: [pthread_t] = []

  private init() {}

  /// Starts up to `count` threads; nil when not one can be made.
  static func start(_ count: Int) -> WorkerThreads? {
    #if canImport(Glibc)
      // One malloc arena for every thread: glibc reserves 64 MiB of address space for each
      // thread's own, which under `ulimit -v` ran out and made the Swift runtime abort on an
      // allocation of a few kilobytes. The batch allocates next to nothing per row, so the
      // threads do not contend for it.
      _ = glibcMallopt(glibcArenaMax, 1)
    #endif
    let pool = WorkerThreads()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackBytes)
    let context = Unmanaged.passUnretained(pool).toOpaque()
    for _ in 0..<max(1, count) {
      var thread = pthread_t()
      let made = pthread_create(
        &thread, &attributes,
        { context in
          guard let context else { return nil }
          Unmanaged<WorkerThreads>.fromOpaque(context).takeUnretainedValue().serve()
          return nil
        }, context)
      guard made == 0 else { break }
      pool.threads.append(thread)
    }
    return pool.threads.isEmpty ? nil : pool
  }

  /// How many threads run the work.
  var count: Int { threads.count }

  /// Hands work to the next free thread.
  func submit(_ work: @escaping @Sendable () -> Void) {
    lock.wait()
    queue.append(work)
    lock.signal()
    available.signal()
  }

  /// Lets the threads finish the work submitted, then joins them.
  func stop() {
    lock.wait()
    closing = true
    lock.signal()
    for _ in threads { available.signal() }
    for thread in threads { pthread_join(thread, nil) }
    threads.removeAll()
  }

  /// A thread's loop: the next work item, until `stop` and no work is left.
  private func serve() {
    while true {
      available.wait()
      lock.wait()
      guard next < queue.count else {
        let done = closing
        lock.signal()
        if done { return }
        continue
      }
      let work = queue[next]
      queue[next] = nil
      next += 1
      if next > 1024 && next * 2 > queue.count {
        queue.removeFirst(next)
        next = 0
      }
      lock.signal()
      work?()
    }
  }
}
