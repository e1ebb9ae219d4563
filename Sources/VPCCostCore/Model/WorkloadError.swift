/// A workload input that is missing, malformed or out of range: which field, and how to fix it.
public struct WorkloadError: Error, Equatable, Sendable {
  /// The input at fault.
  public let field: WorkloadField
  /// What is wrong and how to fix it, without the field's name (the caller adds flag or column).
  public let message: String
  /// A second field that may not be given with this one.
  public let conflictingField: WorkloadField?

  /// Creates an error about `field`.
  public init(_ field: WorkloadField, _ message: String) {
    self.field = field
    self.message = message
    self.conflictingField = nil
  }

  /// Creates an error about two fields that may not be given together.
  public init(_ field: WorkloadField, conflictsWith other: WorkloadField) {
    self.field = field
    self.message = ""
    self.conflictingField = other
  }

  /// The message with fields named as `name` names them (flags or columns).
  public func describe(naming name: (WorkloadField) -> String) -> String {
    guard let other = conflictingField else { return "\(name(field)) \(message)" }
    return
      "\(name(field)) and \(name(other)) cannot be given together; give one of them (\(name(field)) is derived from \(name(other)) and the sizes)"
  }
}
