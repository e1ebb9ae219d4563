import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// `vpccost prices list`, `show` and `validate`.
@Suite struct PricesCommandTests {
  @Test func listHasEveryRegion() throws {
    let table = TestSupport.run(["prices", "list"])
    #expect(table.code == .ok)
    #expect(table.stdout.split(separator: "\n").count == 2 + 34)
    let csv = try StrictCSV.parse(TestSupport.run(["prices", "list", "--format", "csv"]).stdout)
    #expect(
      csv[0] == [
        "region", "location", "azs", "nat_hourly", "nat_per_gb", "endpoint_hourly_per_az",
        "tgw_attachment_hourly", "tgw_per_gb", "effective_date", "confidence", "unverified",
      ])
    #expect(csv.count == 35)
    let saEast = try #require(csv.first { $0[0] == "sa-east-1" })
    #expect(
      saEast == [
        // Transit Gateway: ../shared/data/aws-transit-gateway-prices.csv, sa-east-1 row.
        "sa-east-1", "South America (Sao Paulo)", "3", "0.093", "0.093", "0.021", "0.09", "0.02",
        "2025-11-04", "pricing-page", "interfaceEndpoint.hourlyPerAZ",
      ])
    let json = TestSupport.run(["prices", "list", "--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(document["schemaVersion"] as? Int == 1)
    let tables = try #require(document["tables"] as? [[String: Any]])
    #expect(tables.count == 34)
    let east = try #require(tables.first { $0["region"] as? String == "us-east-1" })
    #expect(east["azCount"] as? Int == 6)
    #expect(east["natHourly"] as? String == "0.045")
    #expect(east["unverified"] as? [String] == [])
    let sa = try #require(tables.first { $0["region"] as? String == "sa-east-1" })
    #expect(sa["unverified"] as? [String] == ["interfaceEndpoint.hourlyPerAZ"])
  }

  @Test func showHasEveryPriceWithUnit() throws {
    let result = TestSupport.run(["prices", "show", "us-east-1"])
    #expect(result.code == .ok)
    try Golden.check(result.stdout, against: "prices-show-us-east-1.txt")
    #expect(
      result.stdout.contains(
        "interfaceEndpoint.dataTiers[1]   $0.006  per GB processed, 1,048,576 to 5,242,880 GB"))
    let json = TestSupport.run(["prices", "show", "sa-east-1", "--format", "json"])
    #expect(
      json.stdout.contains(
        #""confidence": "unverified: AWS pricing-page figure with no second source""#))
    let unknown = TestSupport.run(["prices", "show", "eu-wset-1"])
    #expect(unknown.code == .usage)
    #expect(unknown.stderr.contains("did you mean eu-west-1?"))
  }

  @Test func validateThePricesShipped() {
    let result = TestSupport.run(["prices", "validate"])
    #expect(result.code == .ok)
    #expect(result.stdout == "34 embedded price tables valid\n")
    let folder = TestSupport.run([
      "prices", "validate", TestSupport.packageRoot.appendingPathComponent("PriceTables").path,
    ])
    #expect(folder.stdout == "34 price tables valid\n")
  }

  @Test func validateReportsEveryProblemWithFileAndKey() throws {
    let folder = try TestSupport.temporaryFolder()
    try Data(TestSupport.tableJSON(natHourly: "x", ipv4: "-1").utf8).write(
      to: folder.appendingPathComponent("us-east-1.json"))
    try Data(TestSupport.tableJSON(region: "eu-west-1").utf8).write(
      to: folder.appendingPathComponent("eu-west-2.json"))
    try Data(TestSupport.tableJSON(region: "eu-west-3").replacing("USD", with: "EUR").utf8)
      .write(to: folder.appendingPathComponent("eu-west-3.json"))
    let result = TestSupport.run(["prices", "validate", folder.path])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "vpccost: error: \(folder.path)/eu-west-2.json: key region: 'eu-west-1' does not match the file name (eu-west-2.json)",
        "vpccost: error: \(folder.path)/eu-west-3.json: key currency: 'EUR' is not supported; every table is in USD",
        "vpccost: error: \(folder.path)/us-east-1.json: key natGateway.hourly: 'x' is not a decimal price such as \"0.045\"",
        "vpccost: error: \(folder.path)/us-east-1.json: key publicIPv4.hourly: '-1' is negative; prices are zero or more",
      ])
  }

  @Test func unknownSubcommand() {
    let result = TestSupport.run(["prices", "lsit"])
    #expect(result.code == .usage)
    #expect(result.stderr.contains("unknown prices command 'lsit'; did you mean 'list'?"))
  }
}
