/// One problem a review found: how bad, where, and what to do.
public struct ReviewFinding: Sendable, Equatable {
  /// How bad a finding is.
  public enum Severity: String, Sendable, Comparable {
    /// The template will fail to deploy or will not work.
    case error
    /// It works, but it is less safe, less resilient or costs more than it should.
    case warning
    /// Worth knowing.
    case info

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  public let severity: Severity
  /// The logical id of the resource at fault.
  public let resource: String
  /// The line in the template.
  public let line: Int
  /// What is wrong and how to fix it.
  public let message: String
}
