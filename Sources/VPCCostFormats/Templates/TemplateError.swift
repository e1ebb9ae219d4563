import VPCCostCore

/// A template that cannot be read: where, and what is wrong (exit 65).
package struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line.
  package let line: Int
  /// The 1-based column.
  package let column: Int
  /// What is wrong.
  package let message: String

  /// `line 3, column 7: message`.
  package var description: String { "line \(line), column \(column): \(message)" }
}
