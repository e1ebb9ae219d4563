/// What is wrong with one typed value, in words that say how to fix it.
public struct InputProblem: Error, Equatable, Sendable {
  /// The explanation, starting with the offending text.
  public let message: String

  /// Creates a problem with its explanation.
  public init(_ message: String) { self.message = message }
}
