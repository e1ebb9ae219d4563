import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Organisation scale: designs in every VPC against the same shared through a Transit Gateway.
///
/// N spoke VPCs, endpoints or NAT gateways in each, or in one hub. Every figure is worked out by hand from the
/// region's table (PriceTables/) and ../shared/data/aws-transit-gateway-prices.csv.
@Suite struct OrganisationTests {
  /// One priced design's total, and one break-even, from a comparison.
  struct Expected {
    let costs: [DesignID: String]
    let recommended: DesignID
    let savings: String
    let vpcs: Int?
    let hubLimit: HubBreakEven.TrafficLimit
  }

  static func compare(_ values: [WorkloadField: String]) throws -> Comparison {
    let (workload, table) = try TestSupport.workload(values)
    return CostCalculator(table: table).compare(workload)
  }

  static func check(_ comparison: Comparison, _ expected: Expected) {
    #expect(
      comparison.designs.map(\.design)
        == Array(expected.costs.keys).sorted { a, b in
          DesignID.allCases.firstIndex(of: a)! < DesignID.allCases.firstIndex(of: b)!
        })
    for (design, cost) in expected.costs {
      #expect(
        comparison.cost(of: design)?.monthlyCost == TestSupport.money(cost), "\(design)")
    }
    #expect(comparison.recommendation.choice.design == expected.recommended)
    #expect(comparison.recommendation.choice.monthlySavings == TestSupport.money(expected.savings))
    #expect(comparison.breakEven.vpcs == expected.vpcs)
    #expect(comparison.breakEven.hub?.limit == expected.hubLimit)
  }

  /// us-east-1, 20 VPCs x 8 services x 3 AZs, 100 GB a month each (T = 2,000 GB).
  ///
  /// NAT $0.045/h and /GB, IPv4 $0.005/h, endpoint $0.01/AZ-h and $0.01/GB, TGW $0.05/h and
  /// $0.02/GB, hosted zones $0.50.
  @Test func twentyVPCsInUSEast1() throws {
    let comparison = try Self.compare([
      .vpcs: "20", .services: "8", .azs: "3", .gb: "100",
    ])
    Self.check(
      comparison,
      Expected(
        costs: [
          // 60 x 730 = 43,800 h: 1,971.00 + 2,000 x 0.045 = 90.00 + 43,800 x 0.005 = 219.00
          .natPerAZ: "2280", .natRegional: "2280",
          // 20 x 8 x 3 x 730 = 350,400 x 0.01 = 3,504.00 + 2,000 x 0.01 = 20.00
          .privateLinkPerAZ: "3524",
          // 17,520 x 0.01 = 175.20 + 20.00 + 21 x 730 x 0.05 = 766.50 + 40.00 + 8 x 0.50
          .hubEndpoints: "1005.7",
          // 2,190 x 0.045 = 98.55 + 90.00 + 10.95 + 766.50 + 40.00
          .centralEgress: "1006",
        ],
        recommended: .hubEndpoints, savings: "0.3",
        // E = 175.20, a = 36.50, D x g = 2.00, Z = 4.00: N >= 215.70 / 136.70 = 1.58 -> 2.
        vpcs: 2,
        // (19 x 175.20 - 21 x 36.50 - 4.00) / (20 x 0.02) = 2,558.30 / 0.4
        hubLimit: .upTo(TestSupport.quantity("6395.75"))))
    let hub = try #require(comparison.cost(of: .hubEndpoints))
    #expect(
      hub.lineItems.map(\.id) == [
        .endpointHours, .endpointData, .tgwAttachments, .tgwData, .hostedZones,
      ])
    #expect(hub.lineItems[2].quantity == Quantity(whole: 15_330))
  }

  /// The same with the VPCs attached already: no attachment-hours in either shared design.
  @Test func twentyVPCsAttachedAlready() throws {
    let comparison = try Self.compare([
      .vpcs: "20", .services: "8", .azs: "3", .gb: "100", .tgwExisting: "true",
    ])
    Self.check(
      comparison,
      Expected(
        costs: [
          .natPerAZ: "2280", .natRegional: "2280", .privateLinkPerAZ: "3524",
          .hubEndpoints: "239.2",  // 175.20 + 20.00 + 40.00 + 4.00
          .centralEgress: "239.5",  // 98.55 + 90.00 + 10.95 + 40.00
        ],
        recommended: .hubEndpoints, savings: "0.3",
        vpcs: 2,  // 179.20 / 173.20 -> 2
        // (19 x 175.20 - 4.00) / 0.4 = 3,324.80 / 0.4
        hubLimit: .upTo(TestSupport.quantity("8312"))))
    #expect(comparison.cost(of: .hubEndpoints)?.cost(ofItem: .tgwAttachments) == .zero)
  }

  /// eu-west-1, 2 VPCs, lambda in 3 AZs, 10 GB each: the hub's three attachments cost more
  /// than the endpoints it saves, unless the VPCs are attached already.
  @Test(arguments: [false, true])
  func twoVPCsInEUWest1(attached: Bool) throws {
    var values: [WorkloadField: String] = [
      .region: "eu-west-1", .vpcs: "2", .services: "lambda", .azs: "3", .gb: "10",
    ]
    if attached { values[.tgwExisting] = "yes" }
    // NAT $0.048, endpoint $0.011/AZ-h: E = 2,190 x 0.011 = 24.09; a = 36.50; Z = 0.50.
    let natPerAZ = "233.1"  // 4,380 x 0.048 = 210.24 + 20 x 0.048 = 0.96 + 21.90
    let privateLink = "48.38"  // 4,380 x 0.011 = 48.18 + 0.20
    let expected =
      attached
      ? Expected(
        costs: [
          .natPerAZ: natPerAZ, .natRegional: natPerAZ, .privateLinkPerAZ: privateLink,
          .hubEndpoints: "25.19",  // 24.09 + 0.20 + 0.40 + 0.50
          .centralEgress: "117.43",  // 105.12 + 0.96 + 10.95 + 0.40
        ],
        recommended: .hubEndpoints, savings: "92.24",
        vpcs: 2,  // (24.09 + 0.50) / (24.09 - 0.20) -> 2
        hubLimit: .upTo(TestSupport.quantity("589.75")))  // (24.09 - 0.50) / 0.04
      : Expected(
        costs: [
          .natPerAZ: natPerAZ, .natRegional: natPerAZ, .privateLinkPerAZ: privateLink,
          .hubEndpoints: "134.69",  // 24.09 + 0.20 + 3 x 730 x 0.05 = 109.50 + 0.40 + 0.50
          .centralEgress: "226.93",  // 105.12 + 0.96 + 10.95 + 109.50 + 0.40
        ],
        recommended: .privateLinkPerAZ, savings: "178.55",
        vpcs: nil,  // 24.09 - 36.50 - 0.20 < 0: the hub never catches up
        hubLimit: .never)  // 24.09 - 3 x 36.50 - 0.50 < 0
    Self.check(try Self.compare(values), expected)
  }

  /// ap-northeast-1, 3 VPCs x 8 services x 3 AZs, 50 GB each: central egress wins.
  @Test func threeVPCsInTokyo() throws {
    let comparison = try Self.compare([
      .region: "ap-northeast-1", .vpcs: "3", .services: "8", .azs: "3", .gb: "50",
    ])
    // NAT $0.062, endpoint $0.014, TGW $0.07/h: E = 17,520 x 0.014 = 245.28, a = 51.10.
    Self.check(
      comparison,
      Expected(
        costs: [
          .natPerAZ: "449.49", .natRegional: "449.49",  // 407.34 + 9.30 + 32.85
          .privateLinkPerAZ: "737.34",  // 735.84 + 1.50
          .hubEndpoints: "458.18",  // 245.28 + 1.50 + 4 x 51.10 + 3.00 + 4.00
          .centralEgress: "363.43",  // 135.78 + 9.30 + 10.95 + 204.40 + 3.00
        ],
        recommended: .centralEgress, savings: "94.75",  // against hub-endpoints
        vpcs: 2,  // 300.38 / 193.18 -> 2
        // (2 x 245.28 - 4 x 51.10 - 4.00) / 0.06 = 282.16 / 0.06 = 4,702.666...
        hubLimit: .upTo(TestSupport.quantity("4702.666666666667"))))
  }

  /// sa-east-1, 200 VPCs x 2 services x 2 AZs, 10,000 GB each: T = 2,000,000 GB crosses the
  /// first endpoint-data tier (1,048,576 GB), which applies to the total, not per VPC.
  @Test func twoHundredVPCsCrossTheTier() throws {
    let comparison = try Self.compare([
      .region: "sa-east-1", .vpcs: "200", .services: "lambda,sts", .azs: "2", .gb: "10000",
    ])
    // 1,048,576 x 0.01 = 10,485.76 + 951,424 x 0.006 = 5,708.544
    let endpointData = TestSupport.money("16194.304")
    let privateLink = try #require(comparison.cost(of: .privateLinkPerAZ))
    #expect(privateLink.cost(ofItem: .endpointData) == endpointData)
    #expect(comparison.cost(of: .hubEndpoints)?.cost(ofItem: .endpointData) == endpointData)
    // NAT $0.093, endpoint $0.021, TGW $0.09/h: E = 2,920 x 0.021 = 61.32, a = 65.70.
    Self.check(
      comparison,
      Expected(
        costs: [
          // 292,000 h x 0.093 = 27,156 + 2,000,000 x 0.093 = 186,000 + 292,000 x 0.005 = 1,460
          .natPerAZ: "214616", .natRegional: "214616",
          .privateLinkPerAZ: "28458.304",  // 200 x 61.32 = 12,264 + 16,194.304
          // 61.32 + 16,194.304 + 201 x 730 x 0.09 = 13,205.70 + 40,000 + 2 x 0.50
          .hubEndpoints: "69462.324",
          .centralEgress: "239348.78",  // 135.78 + 186,000 + 7.30 + 13,205.70 + 40,000
        ],
        recommended: .privateLinkPerAZ, savings: "186157.696",  // against nat-per-az
        vpcs: nil,  // 61.32 - 65.70 - 200 < 0
        hubLimit: .never))
  }

  /// The break-even in VPCs is exactly where the hub stops costing more.
  ///
  /// us-east-1, lambda in 1 AZ, attached already, 267.5 GB a month per VPC. E = 7.30, Z = 0.50, D x g = 5.35: the
  /// hub costs no more when N x (7.30 - 5.35) >= 7.30 + 0.50, N >= 4 exactly.
  @Test func breakEvenInVPCsIsExactlyAtTheFlip() throws {
    let values: [WorkloadField: String] = [
      .azs: "1", .services: "lambda", .gb: "267.5", .tgwExisting: "true",
    ]
    func costs(_ vpcs: Int) throws -> (privateLink: Money, hub: Money, comparison: Comparison) {
      var at = values
      at[.vpcs] = String(vpcs)
      let comparison = try Self.compare(at)
      return (
        try #require(comparison.cost(of: .privateLinkPerAZ)).monthlyCost,
        try #require(comparison.cost(of: .hubEndpoints)).monthlyCost, comparison
      )
    }
    let three = try costs(3)
    // 3 x 7.30 + 802.5 x 0.01 = 29.925 against 7.30 + 8.025 + 802.5 x 0.02 + 0.50 = 31.875
    #expect(three.privateLink == TestSupport.money("29.925"))
    #expect(three.hub == TestSupport.money("31.875"))
    #expect(three.comparison.breakEven.vpcs == 4)
    let four = try costs(4)
    // 4 x 7.30 + 10.70 = 39.90 against 7.30 + 10.70 + 21.40 + 0.50 = 39.90: a tie.
    #expect(four.privateLink == TestSupport.money("39.9"))
    #expect(four.hub == TestSupport.money("39.9"))
    #expect(four.comparison.breakEven.vpcs == 4)
    // On the tie, PrivateLink in every VPC (the smaller blast radius) wins.
    #expect(four.comparison.recommendation.choice.design == .privateLinkPerAZ)
    // At 4 VPCs, (3 x 7.30 - 0.50) / (4 x 0.02) = 267.5 GB: exactly this workload's traffic.
    #expect(four.comparison.breakEven.hub?.maxGBPerVPC == TestSupport.quantity("267.5"))
  }

  /// The traffic per VPC above which the hub stops paying is where the two costs meet.
  @Test func hubTrafficLimitIsWhereTheCostsMeet() throws {
    let comparison = try Self.compare([
      .vpcs: "20", .services: "8", .azs: "3", .gb: "6395.75",
    ])
    // 3,504 + 127,915 x 0.01 = 4,783.15; 175.20 + 1,279.15 + 766.50 + 2,558.30 + 4.00 = 4,783.15
    #expect(comparison.cost(of: .privateLinkPerAZ)?.monthlyCost == TestSupport.money("4783.15"))
    #expect(comparison.cost(of: .hubEndpoints)?.monthlyCost == TestSupport.money("4783.15"))
  }

  /// One VPC keeps the seven single-VPC designs and no hub figures.
  @Test func oneVPCIsUnchanged() throws {
    let comparison = try Self.compare([.vpcs: "1"])
    #expect(!comparison.designs.contains { $0.design.layout == .shared })
    #expect(comparison.designs.contains { $0.design == .natSingleAZ })
    #expect(comparison.breakEven.hub == nil)
    #expect(comparison.centralisationNotes.isEmpty)
  }

  /// Every format carries the break-even in VPCs and the traffic limit.
  @Test func everyFormatCarriesTheVPCBreakEven() throws {
    let arguments = ["compare", "--vpcs", "20", "--services", "8", "--azs", "3", "--gb", "100"]
    let json = TestSupport.run(arguments + ["--format", "json"])
    #expect(json.code == .ok)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let breakEven = try #require(document["breakEven"] as? [String: Any])
    #expect(breakEven["vpcs"] as? Int == 2)
    #expect(breakEven["hubMaxGBPerVPC"] as? String == "6395.75")
    let inputs = try #require(document["inputs"] as? [String: Any])
    #expect(inputs["vpcs"] as? Int == 20)
    #expect(inputs["tgwExisting"] as? Bool == false)
    #expect((document["centralisation"] as? [String])?.count == 5)
    let table = TestSupport.run(arguments).stdout
    #expect(
      table.contains(
        "VPCs from which a hub's shared endpoints cost no more than endpoints in every VPC: 2"))
    #expect(table.contains("up to which the hub costs no more at this VPC count: 6,395.75 GB"))
    let markdown = TestSupport.run(arguments + ["--format", "markdown"]).stdout
    #expect(
      markdown.contains(
        "Endpoints shared from a hub VPC cost no more than endpoints in every VPC from 2 VPCs on."))
    #expect(markdown.contains("### What centralising costs beyond money"))
    #expect(markdown.contains("20,480 characters"))
    let csv = try StrictCSV.parse(TestSupport.run(arguments + ["--format", "csv"]).stdout)
    let vpcsColumn = try #require(csv[0].firstIndex(of: "vpcs"))
    let hub = try #require(csv.first { $0[0] == "hub-endpoints" })
    #expect(hub[vpcsColumn] == "20")
    #expect(hub[csv[0].firstIndex(of: "monthly_cost")!] == "1005.70")
  }

  /// Bad VPC counts and tables without Transit Gateway prices are one clear line.
  @Test func badVPCInputs() throws {
    for (value, message) in [
      ("0", "--vpcs '0' is not a whole number of VPCs from 1 to 10,000"),
      ("10001", "--vpcs '10001' is not a whole number of VPCs from 1 to 10,000"),
      ("2.5", "--vpcs '2.5' is not a whole number of VPCs from 1 to 10,000"),
    ] {
      let result = TestSupport.run(["compare", "--vpcs", value])
      #expect(result.code == .usage)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains(message), "\(result.stderr)")
    }
    let huge = TestSupport.run(["compare", "--vpcs", "10000", "--gb", "1e9"])
    #expect(huge.code == .usage)
    #expect(huge.stderr.contains("move more than 10^12 GB a month together"))
  }

  /// Presets name their services and add to --services.
  @Test func presetsNameTheirServices() throws {
    let (eks, _) = try TestSupport.workload([.preset: "eks", .services: "sqs,logs"])
    #expect(
      eks.services.names == [
        "ec2", "ecr.api", "ecr.dkr", "sts", "logs", "elasticloadbalancing", "eks", "eks-auth",
        "sqs",
      ])
    #expect(
      try TestSupport.workload([.preset: "ssm"]).0.services.names == [
        "ssm", "ssmmessages", "ec2messages",
      ])
    #expect(try TestSupport.workload([.preset: "ecs-fargate"]).0.services.count == 3)
    let typo = TestSupport.run(["compare", "--preset", "ekss"])
    #expect(typo.code == .usage)
    #expect(typo.stderr.contains("did you mean eks?"))
    let count = TestSupport.run(["compare", "--preset", "ssm", "--services", "3"])
    #expect(count.code == .usage)
    #expect(count.stderr.contains("is a count, which cannot be added to the ssm preset"))
    let json = TestSupport.run(["compare", "--preset", "eks", "--format", "json"]).stdout
    #expect(json.contains("\"preset\": \"eks\""))
    #expect(json.contains("docs.aws.amazon.com/eks/latest/userguide/private-clusters.html"))
  }

  /// A batch row with a vpcs column is priced as the compare of the same flags.
  @Test func batchHasAVPCsColumn() throws {
    let path = try TestSupport.file(
      "name,vpcs,services,azs,gb,tgw_existing\norg,20,8,3,100,\nattached,20,8,3,100,true\n",
      name: "org.csv")
    let result = TestSupport.run(["batch", path, "--summary"])
    #expect(result.code == .ok, "\(result.stderr)")
    let rows = try StrictCSV.parse(result.stdout)
    #expect(rows[0].contains("vpcs"))
    #expect(rows[1][0] == "org" && rows[1][6] == "20" && rows[1][7] == "hub-endpoints")
    #expect(rows[1][10] == "1005.70")
    #expect(rows[2][10] == "239.20")
  }

  /// `sweep --vpcs 1..200` prices the four designs and marks the VPC count where the hub pays.
  @Test func sweepOverVPCsMarksTheHubBreakEven() throws {
    let folder = try TestSupport.temporaryFolder()
    let chart = folder.appendingPathComponent("vpcs.svg").path
    // E = 5 x 3 x 730 x 0.01 = 109.50, a = 36.50, Z = 2.50, no traffic: N >= 148.50 / 73 -> 3.
    let result = TestSupport.run([
      "sweep", "--vpcs", "1..200", "--services", "5", "--azs", "3", "--gb", "0", "--chart",
      chart,
    ])
    #expect(result.code == .ok, "\(result.stderr)")
    let rows = try StrictCSV.parse(result.stdout)
    #expect(
      rows[0] == [
        "vpcs", "nat-per-az", "privatelink-per-az", "hub-endpoints", "central-egress",
        "recommended",
      ])
    #expect(rows[1][0] == "1" && rows.last?[0] == "200")
    let svg = try String(contentsOfFile: chart, encoding: .utf8)
    #expect(svg.contains("Break-even: hub from 3 VPCs, $258.00"))  // 109.50 + 4 x 36.50 + 2.50
    #expect(svg.contains("id=\"line-hub-endpoints\""))
  }

  /// The review reads the hub template's spoke count from its hosted zones (`--vpcs` wins) and
  /// its Markdown says what centralising costs beyond money.
  @Test func reviewOfTheHubTemplate() throws {
    let template = TestSupport.run([
      "template", "--design", "hub-endpoints", "--azs", "2", "--services", "lambda,sts",
      "--vpcs", "5",
    ])
    #expect(template.code == .ok)
    let path = try TestSupport.file(template.stdout, name: "hub.yaml")
    let read = try TemplateReview.review(
      TemplateReader.read(String(contentsOfFile: path, encoding: .utf8)), input: WorkloadInput(),
      catalog: .embedded)
    #expect(read.design == .hubEndpoints)
    #expect(read.findings.isEmpty)
    #expect(read.comparison.workload.vpcs == 5)
    #expect(
      read.assumptions.contains(
        "5 spoke VPCs: the hosted zones are associated with 6 VPCs, taken to be the hub and its spokes (--vpcs N overrides)"
      ))
    var input = WorkloadInput()
    input[.vpcs] = "30"
    let given = try TemplateReview.review(
      TemplateReader.read(String(contentsOfFile: path, encoding: .utf8)), input: input,
      catalog: .embedded)
    #expect(given.comparison.workload.vpcs == 30)
    // The hub template has no function: a network review, which compares designs only for a
    // workload given (issue 23).
    let network = TestSupport.run(["review", path, "--format", "markdown"])
    #expect(network.stdout.contains("this is a network review"), "\(network.stdout)")
    #expect(!network.stdout.contains("### What centralising costs beyond money"))
    let markdown = TestSupport.run(["review", path, "--format", "markdown", "--invokes", "1e6"])
    #expect(markdown.code == .ok, "\(markdown.stderr)")
    #expect(markdown.stdout.contains("### What centralising costs beyond money"))
  }
}
