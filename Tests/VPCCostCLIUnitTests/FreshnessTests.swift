import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Notes on stderr for stale prices and for unverified `--prices` tables.
@Suite struct FreshnessTests {
  /// 2025-11-04 + 180 days = 2026-05-03: no note that day; one the day after.
  @Test(arguments: [("2026-05-03", false), ("2026-05-04", true), ("2026-11-30", true)])
  func staleTablesGetOneNote(today: String, noted: Bool) {
    let result = TestSupport.run(["compare"], environment: CLIEnvironment(today: today))
    #expect(result.code == .ok)
    #expect(!result.stdout.isEmpty)
    if noted {
      let days = CalendarDate.dayNumber(today)! - CalendarDate.dayNumber("2025-11-04")!
      #expect(
        result.stderr
          == "vpccost: note: the us-east-1 prices are \(days) days old (effective 2025-11-04); refresh them with 'vpccost prices import' (see docs/prices.md)\n"
      )
    } else {
      #expect(result.stderr.isEmpty)
    }
  }

  @Test func unverifiedPricesTablesAreNamed() throws {
    let folder = try TestSupport.temporaryFolder()
    let path = folder.appendingPathComponent("us-east-1.json").path
    try Data(
      TestSupport.tableJSON(extra: #", "unverified": {"natGateway.hourly": "guessed"}"#).utf8
    )
    .write(to: URL(fileURLWithPath: path))
    let result = TestSupport.run(["compare", "--prices", path])
    #expect(result.code == .ok)
    #expect(
      result.stderr == "vpccost: note: \(path) marks these figures unverified: natGateway.hourly\n")
    #expect(result.stdout.contains("The us-east-1 price natGateway.hourly is unverified: guessed."))
  }
}
