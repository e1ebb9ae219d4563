#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call's `errno`, kept as the number until a message is written.
///
/// Errors carry this value, not its text, so that the layer that decides the exit code can
/// tell a missing file from a failed read (`ENOENT` against `EIO`), and only the last step,
/// the CLI's message, turns it into words.
public struct SystemError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The `errno` value.
  public let code: Int32

  /// The error of a code.
  public init(code: Int32) { self.code = code }

  /// The error of the call that just failed (the thread's `errno`).
  public static var current: SystemError { SystemError(code: errno) }

  /// The system's words for it (`No space left on device`).
  public var description: String { String(cString: strerror(code)) }
}
