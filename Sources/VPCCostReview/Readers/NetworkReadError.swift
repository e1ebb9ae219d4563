/// Why a reader cannot read a document that it otherwise takes.
///
/// The source itself would reject it (a circle of conditions, an index known to be out of
/// range). The CLI makes it exit 65.
package struct NetworkReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong, with the line where there is one.
  package let message: String

  /// An error with its message.
  package init(_ message: String) { self.message = message }

  package var description: String { message }
}
