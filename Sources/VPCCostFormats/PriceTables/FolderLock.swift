#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive lock on a folder of price tables for a run that writes in it, or finishes a
/// write a kill interrupted: `flock` on the folder itself, so no lock file is left behind, and
/// released when the process ends however it ends.
package final class FolderLock {
  private var descriptor: Int32
  /// The error code of a lock another run holds (asked without waiting).
  package static let heldElsewhere = EWOULDBLOCK

  /// Takes the lock; with `wait` false, fails at once with `EWOULDBLOCK` when another run
  /// holds it.
  package init(folder: String, wait: Bool) throws(SystemError) {
    descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SystemError.current }
    while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
      let code = errno
      if code == EINTR { continue }
      close(descriptor)
      descriptor = -1
      throw SystemError(code: code)
    }
  }

  deinit { if descriptor >= 0 { close(descriptor) } }
}
