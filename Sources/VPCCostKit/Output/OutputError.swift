/// Why an output file could not be written (exit 73).
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path asked for.
  public let path: String
  /// What went wrong, in words.
  public let reason: String

  /// Creates an error for a path.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// One line for stderr.
  public var description: String { "cannot create output file \(path): \(reason)" }
}
