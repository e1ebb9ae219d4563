import VPCCostCore
import VPCCostFormats

/// One problem a review found: how bad, where, and what to do.
package struct ReviewFinding: Sendable, Equatable {
  /// How bad a finding is.
  package enum Severity: String, Sendable, Comparable {
    /// The template will fail to deploy or will not work.
    case error
    /// It works, but it is less safe, less resilient or costs more than it should.
    case warning
    /// Worth knowing.
    case info

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// The check that found it.
  package let rule: ReviewRule
  package let severity: Severity
  /// The logical id of the resource at fault.
  package let resource: String
  /// The line in the template.
  package let line: Int
  /// What is wrong and how to fix it.
  package let message: String
}
