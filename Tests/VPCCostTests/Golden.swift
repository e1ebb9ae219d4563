import Foundation
import Testing

/// Golden files for output formats.
///
/// To re-record after an intended change of format, run
/// `VPCCOST_RECORD_GOLDEN=1 swift test --filter GoldenTests` and review the diff with git.
enum Golden {
  static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/VPCCostTests/Golden")

  /// Compares `actual` with the golden file `name`, or records it when asked to.
  static func check(_ actual: String, against name: String) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["VPCCOST_RECORD_GOLDEN"] == "1" {
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let firstDifference = zip(
      expected.split(separator: "\n", omittingEmptySubsequences: false),
      actual.split(separator: "\n", omittingEmptySubsequences: false)
    ).enumerated()
      .first { $0.element.0 != $0.element.1 }
    #expect(
      actual == expected,
      "\(name) differs at line \((firstDifference?.offset ?? 0) + 1); re-record with VPCCOST_RECORD_GOLDEN=1 swift test --filter GoldenTests if the change is intended"
    )
  }
}
