#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What a run may know of the world besides its arguments: today's date.
public struct CLIEnvironment: Sendable {
  /// Today as days since 1970-01-01 (UTC).
  public let today: Int

  /// An environment with a fixed date (`yyyy-mm-dd`), for tests.
  public init(today: String) {
    self.today = CalendarDate.dayNumber(today) ?? 0
  }

  /// The real clock.
  public static var live: CLIEnvironment {
    CLIEnvironment(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
  }

  private init(dayNumber: Int) { today = dayNumber }
}
