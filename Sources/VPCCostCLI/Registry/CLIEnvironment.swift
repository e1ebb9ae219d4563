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
  /// The default for `--prices`: the environment variable `VPCCOST_PRICES`, when set and not
  /// empty.
  package let pricesPath: String?

  /// An environment with a fixed date (`yyyy-mm-dd`), for tests.
  package init(
    today: String, registry: CommandRegistry = .standard, pricesPath: String? = nil
  ) {
    self.today = CalendarDate.dayNumber(today) ?? 0
    self.registry = registry
    self.pricesPath = pricesPath
  }

  /// The real clock, the shipped commands and the process's environment.
  package static var live: CLIEnvironment {
    let prices = ProcessInfo.processInfo.environment["VPCCOST_PRICES"]
    return CLIEnvironment(
      dayNumber: Int(Date().timeIntervalSince1970 / 86_400),
      pricesPath: prices?.isEmpty == false ? prices : nil)
  }

  private init(dayNumber: Int, pricesPath: String?) {
    today = dayNumber
    registry = .standard
    self.pricesPath = pricesPath
  }
}
