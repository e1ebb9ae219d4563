import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Properties of the money and the formats: exact, consistent, round-tripping.
@Suite struct MoneyPropertyTests {
  /// No source file computes with floating point, except the two that place chart pixels and
  /// spread log-scale sweep points (inputs, never money).
  @Test func noDoubleNearMoney() throws {
    let allowed: Set<String> = ["ChartGeometry.swift", "SweepRange.swift"]
    let sources = TestSupport.packageRoot.appendingPathComponent("Sources")
    let files =
      FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
    var offenders: [String] = []
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      if text.contains(/\b(Double|Float|Float80|CGFloat|Decimal)\b/)
        && !allowed.contains(String(file.split(separator: "/").last!))
      {
        offenders.append(file)
      }
    }
    #expect(offenders.isEmpty, "floating point in \(offenders)")
  }

  /// The CSV's cents are the JSON's exact figures rounded half-up, for random workloads.
  @Test func csvEqualsJSONRoundedToCents() throws {
    var generator = SeededGenerator(seed: 23)
    for _ in 0..<40 {
      let input = PropertyTests.randomInput(&generator)
      var arguments = ["compare"]
      for field in WorkloadField.allCases {
        if let value = input[field] { arguments += [field.flag, value] }
      }
      let json = TestSupport.run(arguments + ["--format", "json"])
      let csv = TestSupport.run(arguments + ["--format", "csv"])
      #expect(json.code == .ok && csv.code == .ok, "\(json.stderr)")
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
      let designs = try #require(document["designs"] as? [[String: Any]])
      let rows = try StrictCSV.parse(csv.stdout)
      let monthly = try #require(rows[0].firstIndex(of: "monthly_cost"))
      #expect(rows.count == designs.count + 1)
      for (row, design) in zip(rows.dropFirst(), designs) {
        let exact = TestSupport.money(try #require(design["monthlyCost"] as? String))
        #expect(row[monthly] == exact.centsString)
        #expect(row[0] == design["id"] as? String)
      }
    }
  }

  /// Every shipped table, written by the importer's writer and read back, is the same file.
  @Test func priceTablesRoundTrip() throws {
    for region in EmbeddedPriceTables.regions {
      let file = try #require(EmbeddedPriceTables.file(for: region))
      let written = file.jsonValue.serialized()
      let onDisk = try String(
        contentsOf: TestSupport.packageRoot.appendingPathComponent("PriceTables/\(region).json"),
        encoding: .utf8)
      #expect(written == onDisk, "\(region)")
      let reread = try PriceTableDecoder.decode(
        Array(written.utf8), origin: region, expectedRegion: region)
      let original = try PriceCatalog.embedded.table(for: region)
      #expect(reread.entries.map(\.price) == original.entries.map(\.price))
    }
  }
}
