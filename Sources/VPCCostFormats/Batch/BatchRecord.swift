import VPCCostCore

/// One workload read from a batch file: where it was, its name, and its workload fields.
package struct BatchRecord {
  /// The 1-based number of the workload in the file.
  package let number: Int
  /// The line it starts on.
  package let line: Int
  /// The `name` cell, if any.
  package let name: String?
  /// The workload fields that were given (empty cells are left out).
  package let input: WorkloadInput
}
