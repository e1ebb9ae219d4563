import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Each output format against its golden file (re-record: see `Golden`).
@Suite struct GoldenTests {
  @Test(arguments: [
    ("compare-default.txt", ["compare", "--invokes", "1e6", "--azs", "2"]),
    ("compare-default.json", ["compare", "--invokes", "1e6", "--azs", "2", "--format", "json"]),
    (
      "compare-tiers-eight-services.txt",
      ["compare", "--gb", "6000000", "--azs", "3", "--services", "8", "--allow-single-az"]
    ),
    (
      "compare-eu-west-1-three-services.json",
      [
        "compare", "--region", "eu-west-1", "--azs", "3", "--services", "lambda,sts,sqs",
        "--invokes", "2_500_000", "--request-size", "6KiB", "--format", "json",
      ]
    ),
    (
      "compare-sa-east-1-warning.txt",
      ["compare", "--region", "sa-east-1", "--gb", "10", "--azs", "1"]
    ),
    ("compare-default.csv", ["compare", "--invokes", "1e6", "--azs", "2", "--format", "csv"]),
    (
      "compare-detail.csv",
      ["compare", "--gb", "6000000", "--azs", "3", "--format", "csv", "--csv-detail"]
    ),
    ("compare-default.md", ["compare", "--invokes", "1e6", "--azs", "2", "--format", "markdown"]),
    (
      "compare-nat-wins.md",
      ["compare", "--gb", "100", "--azs", "2", "--services", "8", "--format", "markdown"]
    ),
    ("help.txt", ["--help"]),
    ("help-batch.txt", ["help", "batch"]),
    ("help-compare.txt", ["help", "compare"]),
  ])
  func outputMatchesGolden(name: String, arguments: [String]) throws {
    let result = TestSupport.run(arguments)
    #expect(result.code == .ok)
    #expect(result.stderr.isEmpty)
    try Golden.check(result.stdout, against: name)
  }
}
