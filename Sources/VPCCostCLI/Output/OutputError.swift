import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// Why an output file could not be written (exit 73).
package struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The path asked for.
  package let path: String
  /// What went wrong, in words.
  package let reason: String

  /// Creates an error for a path.
  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// One line for stderr.
  package var description: String { "cannot create output file \(path): \(reason)" }
}
