import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostBatch
@testable import VPCCostCLI
@testable import VPCCostCore

/// Batch holds to compare: for seeded random workloads across regions, traffic kinds, sizes,
/// services, internet and gateway-endpoint traffic, VPC counts (with and without an existing
/// Transit Gateway), every design's cost from `batch` equals
/// `compare`'s to the last digit, in CSV and JSON, from CSV and JSON input, with and without
/// `--summary` (issue 16's guard for any faster batch path).
@Suite struct BatchPropertyTests {
  static let columns = [
    "name", "region", "azs", "invokes", "gb", "request_size", "response_size", "services",
    "hours", "allow_single_az", "internet_gb", "s3_gb", "dynamodb_gb", "vpcs", "tgw_existing",
  ]

  /// A random workload as batch cells (empty for absent), valid for its region.
  static func randomRow(_ index: Int, _ generator: inout SeededGenerator) -> [String] {
    let regions = ["us-east-1", "eu-west-1", "sa-east-1", "ap-southeast-5", "ca-central-1"]
    let region = regions.randomElement(using: &generator)!
    let hasInternet = region == "us-east-1" || region == "eu-west-1"
    let byInvocations = Bool.random(using: &generator)
    let sizes = ["", "512", "1KiB", "6KiB", "100000", "2MiB"]
    let services = ["", "lambda", "lambda;sts", "sqs sns kms", "3", "12", "ecr.api;ecr.dkr;logs"]
    func gigabytes(_ most: Int) -> String {
      "\(Int.random(in: 0...most, using: &generator)).\(Int.random(in: 0...999, using: &generator))"
    }
    return [
      "w\(index)", region, String(Int.random(in: 1...2, using: &generator)),
      byInvocations ? String(Int.random(in: 0...5_000_000_000, using: &generator)) : "",
      byInvocations ? "" : gigabytes(7_000_000),
      byInvocations ? sizes.randomElement(using: &generator)! : "",
      byInvocations ? sizes.randomElement(using: &generator)! : "",
      services.randomElement(using: &generator)!,
      Bool.random(using: &generator) ? String(Int.random(in: 1...744, using: &generator)) : "",
      Bool.random(using: &generator) ? "true" : "",
      hasInternet && Bool.random(using: &generator) ? gigabytes(30_000) : "",
      Bool.random(using: &generator) ? gigabytes(5_000) : "",
      Bool.random(using: &generator) ? gigabytes(500) : "",
      ["", "", "1", "2", "3", "20", "200"].randomElement(using: &generator)!,
      Bool.random(using: &generator) ? "true" : "",
    ]
  }

  /// The compare command line of a row.
  static func compareArguments(_ row: [String]) -> [String] {
    var arguments = ["compare", "--format", "json"]
    for (column, cell) in zip(columns.dropFirst(), row.dropFirst()) where !cell.isEmpty {
      let flag = "--" + column.replacing("_", with: "-")
      let isSwitch = column == "allow_single_az" || column == "tgw_existing"
      arguments += isSwitch ? [flag] : [flag, cell]
    }
    return arguments
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func batchEqualsCompareToTheLastDigit() throws {
    var generator = SeededGenerator(seed: 16)
    let rows = (0..<250).map { Self.randomRow($0, &generator) }
    let csv = ([Self.columns] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n")
    let objects = rows.map { row in
      "{"
        + zip(Self.columns, row).filter { !$1.isEmpty }.map { "\"\($0)\": \"\($1)\"" }
        .joined(separator: ", ") + "}"
    }
    let csvPath = try TestSupport.file(csv + "\n", name: "random.csv")
    let jsonPath = try TestSupport.file(
      "[" + objects.joined(separator: ",\n") + "]", name: "random.json")

    let designs = TestSupport.run(["batch", csvPath, "--format", "json"])
    #expect(designs.code == .ok, "\(designs.stderr)")
    let designRows = try #require(try Self.json(designs.stdout)["designs"] as? [[String: Any]])
    let summary = TestSupport.run(["batch", jsonPath, "--summary", "--format", "json"])
    #expect(summary.code == .ok, "\(summary.stderr)")
    let summaryRows = try #require(try Self.json(summary.stdout)["workloads"] as? [[String: Any]])
    #expect(summaryRows.count == rows.count)

    var checked = 0
    for (row, summaryRow) in zip(rows, summaryRows) {
      let compare = TestSupport.run(Self.compareArguments(row))
      #expect(compare.code == .ok, "\(row): \(compare.stderr)")
      let document = try Self.json(compare.stdout)
      let expected = try #require(document["designs"] as? [[String: Any]])
      let batchDesigns = designRows.filter { $0["name"] as? String == row[0] }
      #expect(batchDesigns.count == expected.count, "\(row[0])")
      for (design, want) in zip(batchDesigns, expected) {
        #expect(design["designId"] as? String == want["id"] as? String)
        #expect(design["monthlyCost"] as? String == want["monthlyCost"] as? String, "\(row)")
        checked += 1
      }
      let recommendation = try #require(document["recommendation"] as? [String: Any])
      #expect(summaryRow["designId"] as? String == recommendation["designId"] as? String)
      #expect(summaryRow["decidedByTie"] as? Bool == recommendation["decidedByTie"] as? Bool)
      #expect(summaryRow["monthlyCost"] as? String == recommendation["monthlyCost"] as? String)
    }
    #expect(checked >= 1_250)

    // The same rows from JSON input, and CSV output with and without --summary: the same
    // figures, rounded to cents in CSV.
    #expect(TestSupport.run(["batch", jsonPath, "--format", "json"]).stdout == designs.stdout)
    #expect(
      TestSupport.run(["batch", csvPath, "--summary", "--format", "json"]).stdout
        == summary.stdout)
    let csvDesigns = try StrictCSV.parse(TestSupport.run(["batch", jsonPath]).stdout)
    let monthly = try #require(csvDesigns[0].firstIndex(of: "monthly_cost"))
    for (cells, design) in zip(csvDesigns.dropFirst(), designRows) {
      let exact = TestSupport.money(try #require(design["monthlyCost"] as? String))
      #expect(cells[monthly] == exact.centsString)
    }
    let csvSummary = try StrictCSV.parse(TestSupport.run(["batch", csvPath, "--summary"]).stdout)
    #expect(csvSummary.count == rows.count + 1)
  }
}
