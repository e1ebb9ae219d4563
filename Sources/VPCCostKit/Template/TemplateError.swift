/// A template that cannot be read: where, and what is wrong (exit 65).
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line.
  public let line: Int
  /// The 1-based column.
  public let column: Int
  /// What is wrong.
  public let message: String

  /// `line 3, column 7: message`.
  public var description: String { "line \(line), column \(column): \(message)" }
}
