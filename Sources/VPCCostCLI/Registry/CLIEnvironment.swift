import VPCCostCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What a run may know besides its arguments: today's date, and the commands there are.
package struct CLIEnvironment: Sendable {
  /// Today as days since 1970-01-01 (UTC).
  package let today: Int
  /// The commands dispatch and help know (tests add their own).
  package let registry: CommandRegistry

  /// An environment with a fixed date (`yyyy-mm-dd`), for tests.
  package init(today: String, registry: CommandRegistry = .standard) {
    self.today = CalendarDate.dayNumber(today) ?? 0
    self.registry = registry
  }

  /// The real clock and the shipped commands.
  package static var live: CLIEnvironment {
    CLIEnvironment(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
  }

  private init(dayNumber: Int) {
    today = dayNumber
    registry = .standard
  }
}
