import VPCCostCore
import VPCCostFormats

/// Where one workload of a batch file is, and its name; its fields go into a `WorkloadInput`.
package struct BatchRow {
  /// The 1-based number of the workload in the file.
  package let number: Int
  /// The line it starts on.
  package let line: Int
  /// The `name` cell's bytes, if the row has one (valid until the next row is read).
  package let name: ArraySlice<UInt8>?
}
