/// What is wrong with one typed value, in words that say how to fix it.
package struct InputProblem: Error, Equatable, Sendable {
  /// The explanation, starting with the offending text.
  package let message: String

  /// Creates a problem with its explanation.
  package init(_ message: String) { self.message = message }
}
