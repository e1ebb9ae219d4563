/// One workload read from a batch file: where it was, its name, and its workload fields.
public struct BatchRecord {
  /// The 1-based number of the workload in the file.
  public let number: Int
  /// The line it starts on.
  public let line: Int
  /// The `name` cell, if any.
  public let name: String?
  /// The workload fields that were given (empty cells are left out).
  public let input: WorkloadInput
}
