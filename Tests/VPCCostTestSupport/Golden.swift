import Foundation
import Testing

/// Golden files for output formats.
///
/// Goldens are held by five suites: `GoldenTests` (compare, help, prices), `BatchTests`,
/// `PricesCommandTests`, `SweepTests` and `TemplateReaderTests` (cfn-json). To re-record after an
/// intended change of format, run
/// `VPCCOST_RECORD_GOLDEN=1 swift test --filter "GoldenTests|BatchTests|PricesCommandTests|SweepTests|TemplateReaderTests"`,
/// review the diff with git, and run the tests again without the variable. A recording run
/// always fails (as swift-argument-parser's snapshot assertions do), so that nothing is
/// recorded by accident and a recorded file is never taken for a passing test.
package enum Golden {
  package static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Golden")

  /// The suites that call `check`, for the messages.
  package static let suites =
    "GoldenTests|BatchTests|PricesCommandTests|SweepTests|TemplateReaderTests"

  /// Whether this run records goldens instead of comparing with them.
  package static var isRecording: Bool {
    ProcessInfo.processInfo.environment["VPCCOST_RECORD_GOLDEN"] == "1"
  }

  /// Compares `actual` with the golden file `name`, or records it (and fails) when asked to.
  package static func check(_ actual: String, against name: String) throws {
    let url = folder.appendingPathComponent(name)
    if isRecording {
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "recorded \(name): review it with git diff, then run the tests again without VPCCOST_RECORD_GOLDEN"
      )
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
      "\(name) differs at line \((firstDifference?.offset ?? 0) + 1); if the change is intended, re-record with VPCCOST_RECORD_GOLDEN=1 swift test --filter \"\(suites)\""
    )
  }
}
