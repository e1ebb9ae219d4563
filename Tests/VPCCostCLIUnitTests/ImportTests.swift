import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// `vpccost prices import`: exact prices from realistic offer files with decoys, idempotence,
/// and malformed files that leave the folder untouched.
@Suite struct ImportTests {
  @Test func importsExactlyTheRightPricesAndTiers() throws {
    let folder = try OfferFixtures.tableFolder()
    let result = TestSupport.run([
      "prices", "import", OfferFixtures.offer("ec2.json"), OfferFixtures.offer("vpc.csv"),
      OfferFixtures.offer("datatransfer.json"),
      "--output-dir", folder.path,
    ])
    #expect(result.code == .ok, "\(result.stderr)")
    #expect(
      result.stdout == """
        eu-west-1: source and confidence updated
        us-east-1: source and confidence updated
        us-east-2: natGateway.hourly 0.045 -> 0.046
        us-east-2: regionalNatGateway.hourly (none) -> 0.05
        us-east-2: regionalNatGateway.perGB (none) -> 0.045
        3 tables written in \(folder.path)

        """)
    let catalog = try PriceCatalog.load(path: folder.path)
    let east1 = try catalog.table(for: "us-east-1")
    // Not the reserved 0.03, not the t3.micro: the on-demand NAT rows without a prefix.
    #expect(east1.natGateway.hourly.decimalString == "0.045")
    // Not the GWLB (0.01 but another product) or resource endpoint (0.02) rows.
    #expect(east1.interfaceEndpoint.hourlyPerAZ.decimalString == "0.01")
    #expect(
      east1.interfaceEndpoint.data.tiers.map(\.perGB.decimalString) == ["0.01", "0.006", "0.004"])
    #expect(
      east1.interfaceEndpoint.data.tiers.map { $0.upToGB?.decimalString } == [
        "1048576", "5242880", nil,
      ])
    // In-use, not idle (0.007), public IPv4.
    #expect(east1.publicIPv4Hourly.decimalString == "0.005")
    #expect(east1.crossAZPerGBEachDirection.decimalString == "0.01")
    #expect(
      east1.internetOut?.tiers.map(\.perGB.decimalString) == ["0.09", "0.085", "0.07", "0.05"])
    // The VPC attachment's rows, not peering (0.07), Connect (0.08), VPN (0.06 and 0.03),
    // Direct Connect (0.055) or multicast (0.04), which share its usage types.
    #expect(east1.transitGateway?.attachmentHourly.decimalString == "0.05")
    #expect(east1.transitGateway?.perGB.decimalString == "0.02")
    #expect(east1.confidence == .priceList)
    #expect(east1.effectiveDate == "2025-11-04")
    #expect(east1.source.hasPrefix("AWS Price List: AWSDataTransfer 20251101000000"))
    let east2 = try catalog.table(for: "us-east-2")
    #expect(east2.natGateway.hourly.decimalString == "0.046")
    // Not the provisioned-bandwidth NAT (0.009).
    #expect(east2.natGateway.perGB.decimalString == "0.045")
    #expect(east2.regionalNatGateway?.hourly.decimalString == "0.05")
    // eu-west-1 got only NAT prices: its other figures keep their source.
    let west1 = try catalog.table(for: "eu-west-1")
    #expect(west1.source.contains("; other figures: AWS pricing-page JSON"))
    #expect(west1.confidence == .priceList)
  }

  @Test func secondImportChangesNothingAndCSVEqualsJSON() throws {
    let folder = try OfferFixtures.tableFolder()
    let jsonFirst = [
      "prices", "import", OfferFixtures.offer("ec2.json"), OfferFixtures.offer("vpc.json"),
      OfferFixtures.offer("datatransfer.json"), "--output-dir", folder.path,
    ]
    #expect(TestSupport.run(jsonFirst).code == .ok)
    let before = try OfferFixtures.contents(folder)
    let again = TestSupport.run(jsonFirst)
    #expect(again.stdout == "no prices changed (3 regions checked)\n")
    let csv = TestSupport.run([
      "prices", "import", OfferFixtures.offer("ec2.csv"), OfferFixtures.offer("vpc.csv"),
      OfferFixtures.offer("datatransfer.csv"), "--output-dir", folder.path,
    ])
    #expect(csv.stdout == "no prices changed (3 regions checked)\n")
    #expect(try OfferFixtures.contents(folder) == before)
    #expect(
      TestSupport.run(["prices", "validate", folder.path]).stdout == "3 price tables valid\n")
  }

  @Test func newRegionNeedsEveryOffer() throws {
    let folder = try TestSupport.temporaryFolder()
    let partial = TestSupport.run([
      "prices", "import", OfferFixtures.offer("ec2.json"), OfferFixtures.offer("vpc.json"),
      "--output-dir",
      folder.path,
    ])
    #expect(partial.code == .dataError)
    #expect(
      partial.stderr.contains(
        "eu-west-1.json: eu-west-1 has no table yet and the offer files give no interface endpoint price; import AmazonVPC too"
      ))
    #expect(try OfferFixtures.contents(folder).isEmpty)
  }

  /// Each malformed file ends with exit 65 naming the file and line, and the folder is untouched.
  @Test(arguments: [
    ("truncated.json", "truncated", "line 83, column 4: the JSON ends early"),
    ("no-metadata.csv", "no-metadata", "line 1: expected the metadata row \"FormatVersion\""),
    (
      "bad-price.json", "bad-price",
      "line 189: the price '0.04six' of USE2-NatGateway-Hours is not a non-negative decimal"
    ),
    (
      "missing-tier.csv", "missing-tier",
      "line 9: a missing tier in interfaceEndpoint.dataTiers for us-east-1"
    ),
    ("not-an-offer.json", "not-an-offer", "offer 'AmazonS3' is not one vpccost reads"),
  ])
  func malformedOfferFiles(name: String, kind: String, message: String) throws {
    let folder = try OfferFixtures.tableFolder()
    let before = try OfferFixtures.contents(folder)
    let work = try TestSupport.temporaryFolder()
    let path = work.appendingPathComponent(name).path
    let ec2 = try String(contentsOfFile: OfferFixtures.offer("ec2.json"), encoding: .utf8)
    let vpc = try String(contentsOfFile: OfferFixtures.offer("vpc.csv"), encoding: .utf8)
    let text: String
    switch kind {
    case "truncated": text = String(ec2.prefix(3000))
    case "no-metadata":
      text = vpc.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(
        separator: "\n")
    case "bad-price": text = ec2.replacing("\"0.0460000000\"", with: "\"0.04six\"")
    case "missing-tier":
      text =
        vpc.split(separator: "\n").filter { !$0.contains("\"1048576\",\"5242880\"") }.joined(
          separator: "\n") + "\n"
    default:
      text = ec2.replacing("\"offerCode\": \"AmazonEC2\"", with: "\"offerCode\": \"AmazonS3\"")
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let result = TestSupport.run(["prices", "import", path, "--output-dir", folder.path])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("\(path): \(message)"), "\(result.stderr)")
    #expect(try OfferFixtures.contents(folder) == before)
  }

  /// Offer CSVs follow the same quoting rules as batch files (one CSV reader): a quote inside an
  /// unquoted field, or text after a closing quote, is exit 65 naming the line.
  @Test(arguments: [
    ("\"OnDemand\"", "On\"Demand", "line 7: a quote inside an unquoted field"),
    ("\"OnDemand\"", "\"On\"Demand", "line 7: text after a closing quote"),
  ])
  func offerCSVQuotingIsStrict(field: String, broken: String, message: String) throws {
    let folder = try OfferFixtures.tableFolder()
    let before = try OfferFixtures.contents(folder)
    let vpc = try String(contentsOfFile: OfferFixtures.offer("vpc.csv"), encoding: .utf8)
    var lines = vpc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Line 7 is the first price row (five metadata rows and the header come first).
    #expect(lines[6].contains(field))
    lines[6] = lines[6].replacing(field, with: broken, maxReplacements: 1)
    let path = try TestSupport.file(lines.joined(separator: "\n"), name: "vpc.csv")
    let result = TestSupport.run(["prices", "import", path, "--output-dir", folder.path])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("vpccost: error: \(path): \(message)"), "\(result.stderr)")
    #expect(try OfferFixtures.contents(folder) == before)
  }

  @Test func conflictingTiersFromTwoFilesAreAnError() throws {
    let folder = try OfferFixtures.tableFolder()
    let work = try TestSupport.temporaryFolder().appendingPathComponent("vpc-other.csv")
    let vpc = try String(contentsOfFile: OfferFixtures.offer("vpc.csv"), encoding: .utf8)
    try Data(vpc.replacing("\"0.0060000000\"", with: "\"0.0070000000\"").utf8).write(to: work)
    let result = TestSupport.run([
      "prices", "import", OfferFixtures.offer("vpc.json"), work.path, "--output-dir", folder.path,
    ])
    #expect(result.code == .dataError)
    #expect(
      result.stderr.contains(
        "a second interfaceEndpoint.dataTiers tier from 1048576 GB for us-east-1 differs from"))
  }

  /// A table without Transit Gateway prices gets exactly the VPC attachment's, from JSON and
  /// from CSV, and says so.
  @Test(arguments: ["vpc.json", "vpc.csv"])
  func transitGatewayPricesComeFromVPCAttachmentsOnly(offer: String) throws {
    let folder = try OfferFixtures.tableFolder()
    let path = folder.appendingPathComponent("us-east-1.json")
    var table = try PriceTableDecoder.readFile(path.path)
    table.transitGateway = nil
    try Data(table.jsonValue.serialized().utf8).write(to: path)
    let result = TestSupport.run([
      "prices", "import", OfferFixtures.offer(offer), "--output-dir", folder.path,
    ])
    #expect(result.code == .ok, "\(result.stderr)")
    #expect(result.stdout.contains("us-east-1: transitGateway.attachmentHourly (none) -> 0.05\n"))
    #expect(result.stdout.contains("us-east-1: transitGateway.perGB (none) -> 0.02\n"))
    let east2 = try PriceCatalog.load(path: folder.path).table(for: "us-east-2")
    #expect(east2.transitGateway?.attachmentHourly.decimalString == "0.05")
    #expect(east2.transitGateway?.perGB.decimalString == "0.02")
  }

  /// Only the VPC attachment's operation is read; a file that gives its hours without its
  /// bytes is cut short.
  @Test func transitGatewayUsageTypesNeedTheVPCOperation() throws {
    let hours = "USE1-TransitGateway-Hours"
    #expect(
      PriceSlot.match(usageType: hours, operation: "TransitGatewayVPC")?.slot
        == .transitGatewayHourly)
    for decoy in [
      "TransitGatewayPeering", "TransitGatewayConnect", "TransitGatewayVPN",
      "TransitGatewayDirectConnect", "",
    ] {
      #expect(PriceSlot.match(usageType: hours, operation: decoy) == nil, "\(decoy)")
    }
    #expect(PriceSlot.match(usageType: hours, operation: nil) == nil)
    #expect(
      PriceSlot.match(
        usageType: "USE1-TransitGatewayMulticast-Bytes", operation: "TransitGatewayVPC")
        == nil)
    let folder = try OfferFixtures.tableFolder()
    let before = try OfferFixtures.contents(folder)
    let vpc = try String(contentsOfFile: OfferFixtures.offer("vpc.csv"), encoding: .utf8)
    let cut = vpc.split(separator: "\n").filter { !$0.contains("\"TGWVPCUSE1B\"") }
    let path = try TestSupport.file(cut.joined(separator: "\n") + "\n", name: "vpc.csv")
    let result = TestSupport.run(["prices", "import", path, "--output-dir", folder.path])
    #expect(result.code == .dataError)
    #expect(
      result.stderr.contains(
        "the offers give us-east-1's TransitGateway-Hours but not its TransitGateway-Bytes (is a file truncated?)"
      ), "\(result.stderr)")
    #expect(try OfferFixtures.contents(folder) == before)
  }

  @Test func usageTypesMatchExactly() {
    #expect(PriceSlot.match(usageType: "NatGateway-Hours", operation: nil)?.slot == .natHourly)
    #expect(PriceSlot.match(usageType: "USE2-NatGateway-Hours", operation: nil)?.prefix == "USE2")
    #expect(
      PriceSlot.match(usageType: "USE2-RegionalNatGateway-Hours", operation: nil)?.slot
        == .regionalNatHourly)
    #expect(PriceSlot.match(usageType: "USE2-NatGateway-Prvd-Bytes", operation: nil) == nil)
    #expect(PriceSlot.match(usageType: "USE1-VpcEndpoint-GWLBE-Hours", operation: nil) == nil)
    #expect(PriceSlot.match(usageType: "USE1-VpcEndpoint-Resource-Hours", operation: nil) == nil)
    #expect(PriceSlot.match(usageType: "usE1-VpcEndpoint-Hours", operation: nil) == nil)
    #expect(
      PriceSlot.match(usageType: "EU-DataTransfer-Out-Bytes", operation: nil)?.slot == .internetOut)
  }

  @Test func commandLineErrors() throws {
    #expect(TestSupport.run(["prices", "import"]).stderr.contains("needs one or more offer files"))
    #expect(
      TestSupport.run(["prices", "import", "x.json"]).stderr.contains("needs --output-dir DIR"))
    let missing = TestSupport.run([
      "prices", "import", OfferFixtures.offer("ec2.json"), "--output-dir", "/nonexistent/dir",
    ])
    #expect(missing.code == .cannotCreate)
    let noFile = TestSupport.run([
      "prices", "import", "/nonexistent.json", "--output-dir",
      try TestSupport.temporaryFolder().path,
    ])
    #expect(noFile.code == .noInput)
  }
}
