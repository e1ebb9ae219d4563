import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview
@testable import generate_embedded_tables

/// Decoding and validating price tables, and the tables that ship in the binary.
@Suite struct PriceTableTests {
  @Test func everyShippedRegionDecodes() throws {
    let regions = PriceCatalog.embedded.regions
    #expect(regions.count == 34)
    for region in regions {
      let table = try PriceCatalog.embedded.table(for: region)
      #expect(table.region == region)
      #expect(table.interfaceEndpoint.data.tiers.count == 3)
      #expect(table.interfaceEndpoint.data.tiers[0].upToGB == TestSupport.quantity("1048576"))
      #expect(table.interfaceEndpoint.data.tiers[1].upToGB == TestSupport.quantity("5242880"))
    }
  }

  @Test func usEast1HasTheResearchedPrices() throws {
    let table = try TestSupport.table("us-east-1")
    #expect(table.natGateway.hourly.decimalString == "0.045")
    #expect(table.natGateway.perGB.decimalString == "0.045")
    #expect(table.interfaceEndpoint.hourlyPerAZ.decimalString == "0.01")
    #expect(table.publicIPv4Hourly.decimalString == "0.005")
    #expect(table.crossAZPerGBEachDirection.decimalString == "0.01")
    #expect(table.azCount == 6)
    #expect(
      table.internetOut?.tiers.map(\.perGB.decimalString) == ["0.09", "0.085", "0.07", "0.05"])
    #expect(table.confidence == .priceList)
  }

  /// Every shipped table has the Transit Gateway VPC attachment prices.
  ///
  /// They come from AWS's pricing-page vpc.json (../shared/data/aws-transit-gateway-prices.csv):
  /// four regions checked by value.
  @Test func everyTableHasTransitGatewayPrices() throws {
    for region in EmbeddedPriceTables.regions {
      let transit = try #require(try TestSupport.table(region).transitGateway, "\(region)")
      #expect(transit.perGB.decimalString == "0.02", "\(region)")
    }
    for (region, hourly) in [
      ("us-east-1", "0.05"), ("eu-central-1", "0.06"), ("ap-northeast-1", "0.07"),
      ("sa-east-1", "0.09"),
    ] {
      #expect(
        try TestSupport.table(region).transitGateway?.attachmentHourly.decimalString == hourly)
    }
  }

  /// A field the research left empty stays absent instead of being guessed.
  @Test func emptyResearchCellsStayAbsent() throws {
    #expect(try TestSupport.table("us-west-2").internetOut == nil)
    #expect(try TestSupport.table("sa-east-1").internetOut?.tiers.count == 1)
    #expect(try TestSupport.table("eu-central-2").unverified["usageTypePrefix"] != nil)
  }

  @Test(arguments: [
    (
      TestSupport.tableJSON(natHourly: "abc"), "key natGateway.hourly: 'abc' is not a decimal price"
    ),
    (TestSupport.tableJSON(ipv4: "-0.005"), "key publicIPv4.hourly: '-0.005' is negative"),
    (
      TestSupport.tableJSON(crossAZ: "1000"),
      "key crossAZ.perGBEachDirection: '1000' is more than 100"
    ),
    (
      TestSupport.tableJSON(
        tiers:
          #"[{"upToGB": "5", "perGB": "0.01"}, {"upToGB": "4", "perGB": "0.006"}, {"perGB": "0.004"}]"#
      ),
      "key interfaceEndpoint.dataTiers[1].upToGB: '4' must be a GB bound above"
    ),
    (
      TestSupport.tableJSON(tiers: #"[{"upToGB": "5", "perGB": "0.01"}]"#),
      "key interfaceEndpoint.dataTiers: the last tier must be open-ended"
    ),
    (
      TestSupport.tableJSON(tiers: #"[{"perGB": "0.01"}, {"perGB": "0.006"}]"#),
      "key interfaceEndpoint.dataTiers[0].upToGB: only the last tier may be open-ended"
    ),
    (
      TestSupport.tableJSON(tiers: "[]"), "key interfaceEndpoint.dataTiers: needs at least one tier"
    ),
    (TestSupport.tableJSON(region: "US-East"), "key region: 'US-East' is not a region code"),
    (
      TestSupport.tableJSON().replacing(#""hourly": "0.045", "#, with: ""),
      "key natGateway.hourly: required key is missing"
    ),
    (
      TestSupport.tableJSON().replacing(#""azCount": 3"#, with: #""azCount": "3""#),
      "key azCount: expected a whole number"
    ),
    (
      TestSupport.tableJSON().replacing(#""perGB": "0.045""#, with: #""perGB": 0.045"#),
      "key natGateway.perGB: expected a string (prices are decimal strings"
    ),
    (
      TestSupport.tableJSON().replacing(#""schemaVersion": 1"#, with: #""schemaVersion": 2"#),
      "key schemaVersion: version 2 is not supported"
    ),
    (
      TestSupport.tableJSON().replacing("2025-11-04", with: "2025-02-30"),
      "key effectiveDate: '2025-02-30' is not a date"
    ),
    (TestSupport.tableJSON().replacing("USD", with: "EUR"), "key currency: 'EUR' is not supported"),
    (
      TestSupport.tableJSON(
        extra: #", "transitGateway": {"attachmentHourly": "0.05x", "perGB": "0.02"}"#),
      "key transitGateway.attachmentHourly: '0.05x' is not a decimal price"
    ),
    (
      TestSupport.tableJSON(extra: #", "transitGateway": {"attachmentHourly": "0.05"}"#),
      "key transitGateway.perGB: required key is missing"
    ),
    ("{\"schemaVersion\": 1,", "test.json: not valid JSON"),
    // Issue 24: a key twice is refused, not the last one taken.
    (
      TestSupport.tableJSON(extra: #", "currency": "USD""#),
      "test.json: not valid JSON: line 5, column 91: duplicate key 'currency'"
    ),
  ])
  func malformedTablesNameFileAndKey(json: String, message: String) {
    do {
      _ = try TestSupport.decodeTable(json)
      Issue.record("accepted a malformed table")
    } catch {
      let expected = message.hasPrefix("test.json") ? message : "test.json: " + message
      #expect(error.description.hasPrefix("malformed price table: " + expected))
    }
  }

  @Test func fileNameMustMatchRegion() {
    #expect(
      throws: PriceTableError.invalid([
        PriceTableProblem(
          origin: "eu-west-1.json", key: "region",
          message: "'us-east-1' does not match the file name (eu-west-1.json)")
      ])
    ) {
      try PriceTableDecoder.decode(
        Array(TestSupport.tableJSON().utf8), origin: "eu-west-1.json", expectedRegion: "eu-west-1")
    }
  }

  @Test func unknownRegionSuggestsTheClosest() {
    #expect(
      throws: PriceTableError.unknownRegion(
        "ap-northeast-l", suggestion: "ap-northeast-1", source: "the embedded price tables")
    ) {
      try PriceCatalog.embedded.table(for: "ap-northeast-l")
    }
  }

  /// Sources/VPCCostCore/Pricing/EmbeddedPriceTables.swift must be what PriceTables/ generates.
  @Test func embeddedTablesAreCurrent() throws {
    let root = TestSupport.packageRoot
    let expected = try EmbeddedTablesGenerator.source(
      fromFolder: root.appendingPathComponent("PriceTables").path)
    let actual = try String(
      contentsOf: root.appendingPathComponent(EmbeddedTablesGenerator.outputPath), encoding: .utf8)
    #expect(
      actual == expected,
      "EmbeddedPriceTables.swift is stale: run `\(EmbeddedTablesGenerator.command)` from the package root"
    )
  }
}
