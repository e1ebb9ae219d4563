/// One workload read from a batch file: where it was, and its fields by column name.
public struct BatchRecord {
  /// The 1-based number of the workload in the file.
  public let number: Int
  /// The line it starts on.
  public let line: Int
  /// The columns and their text, in file order (empty cells left out).
  public let fields: [(column: String, value: String)]
}
