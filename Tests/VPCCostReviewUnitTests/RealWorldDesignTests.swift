import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Internet egress, hybrid NAT + endpoints, the regional NAT gateway and gateway endpoints,
/// against figures worked out by hand.
@Suite struct RealWorldDesignTests {
  private func compare(_ values: [WorkloadField: String]) throws -> Comparison {
    let (workload, table) = try TestSupport.workload(values)
    return CostCalculator(table: table).compare(workload)
  }

  /// 20,000 GB to the internet in us-east-1: 10,240 x 0.09 + 9,760 x 0.085 = 921.60 + 829.60.
  @Test func internetTrafficAcrossTwoEgressTiers() throws {
    let result = try compare([.gb: "100", .internetGB: "20000"])
    let egress = try #require(
      result.cost(of: .natPerAZ)?.lineItems.first { $0.id == .internetEgress })
    #expect(egress.cost == TestSupport.money("1751.2"))
    #expect(egress.unitPrice == nil)
    #expect(egress.tiers.map(\.quantity) == ["10240", "9760"].map(TestSupport.quantity))
    // NAT processes both kinds: (100 + 20000) x 0.045 = 904.50.
    #expect(TestSupport.cost(result, .natPerAZ, .natData) == TestSupport.money("904.5"))
    // The hybrid NAT gateway processes only the internet traffic: 20000 x 0.045 = 900.
    #expect(TestSupport.cost(result, .hybridPerAZ, .natData) == TestSupport.money("900"))
    #expect(TestSupport.cost(result, .hybridPerAZ, .endpointData) == TestSupport.money("1"))
  }

  /// Pure PrivateLink cannot reach the internet: reported, never recommended.
  @Test func privateLinkIsNotFeasibleWithInternetTraffic() throws {
    let result = try compare([.invokes: "1e6", .azs: "2", .internetGB: "50"])
    #expect(result.cost(of: .privateLinkPerAZ)?.isFeasible == false)
    #expect(
      result.cost(of: .privateLinkPerAZ)?.infeasibleReason?.contains("needs a NAT gateway") == true)
    #expect(result.recommendation.choice.design == .natPerAZ)
    #expect(result.recommendation.choice.alternative == .hybridPerAZ)
    #expect(
      result.recommendation.reasons.contains {
        $0.contains("pure PrivateLink designs are not feasible")
      })
    #expect(result.designs.map(\.design).contains(.hybridSingleAZ))
  }

  /// Hybrid against NAT per AZ on both sides of their break-even.
  ///
  /// Hybrid - NAT = 2 x 730 x 0.01 - D x (0.045 - 0.01) = 14.60 - 0.035 D: zero at
  /// D = 417.142857142857 GB. At 400 GB: NAT 65.70 + 450 x 0.045 + 7.30 + 4.50 = 97.75 against
  /// hybrid 65.70 + 2.25 + 7.30 + 14.60 + 4.00 + 4.50 = 98.35. At 450 GB: NAT 100.00, hybrid 98.85.
  @Test(arguments: [
    ("400", DesignID.natPerAZ, "97.75", "98.35"),
    ("450", DesignID.hybridPerAZ, "100", "98.85"),
  ])
  func hybridAgainstNATAroundItsBreakEven(
    gigabytes: String, winner: DesignID, nat: String, hybrid: String
  ) throws {
    let result = try compare([.gb: gigabytes, .azs: "2", .internetGB: "50"])
    #expect(result.cost(of: .natPerAZ)?.monthlyCost == TestSupport.money(nat))
    #expect(result.cost(of: .hybridPerAZ)?.monthlyCost == TestSupport.money(hybrid))
    #expect(result.recommendation.choice.design == winner)
    #expect(
      result.breakEven.crossing == .privateLinkAbove(TestSupport.quantity("417.142857142857")))
    #expect(result.breakEven.endpointDesign == .hybridPerAZ)
    #expect(
      result.breakEven.summary.hasPrefix(
        "NAT gateway + endpoints per AZ is cheaper above 417.14 GB a month"))
  }

  /// 3 AZs for one hour = 3 NAT gateway-hours (AWS's example), at the zonal rate without a
  /// regional figure: 3 x 0.045 = 0.135, plus 3 address-hours x 0.005.
  @Test(arguments: [(1, "0.045", "0.005"), (2, "0.09", "0.01"), (3, "0.135", "0.015")])
  func regionalNATBillsOneGatewayHourPerActiveAZ(azs: Int, hours: String, ipv4: String) throws {
    let result = try compare([.gb: "0", .azs: String(azs), .hours: "1"])
    let natHours = try #require(
      result.cost(of: .natRegional)?.lineItems.first { $0.id == .natHours })
    #expect(natHours.quantity == Quantity(whole: Int128(azs)))
    #expect(natHours.cost == TestSupport.money(hours))
    #expect(TestSupport.cost(result, .natRegional, .publicIPv4) == TestSupport.money(ipv4))
    #expect(TestSupport.cost(result, .natRegional, .crossAZ) == nil)
  }

  /// With a regional figure in the table, the regional design uses it: 3 x 730 x 0.06 and
  /// 100 GB x 0.05.
  @Test func regionalNATUsesTheRegionalRate() throws {
    let table = try TestSupport.decodeTable(
      TestSupport.tableJSON(extra: #", "regionalNatGateway": {"hourly": "0.06", "perGB": "0.05"}"#))
    let workload = Workload(
      region: "us-east-1", azs: 3, traffic: .gigabytes(TestSupport.quantity("100")))
    let regional = CostCalculator(table: table).cost(of: .natRegional, for: workload)
    #expect(regional.lineItems.first { $0.id == .natHours }?.cost == TestSupport.money("131.4"))
    #expect(regional.lineItems.first { $0.id == .natData }?.cost == TestSupport.money("5"))
    // 131.40 + 5 + 3 x 730 x 0.005 = 147.35
    #expect(regional.monthlyCost == TestSupport.money("147.35"))
  }

  /// S3 traffic goes through a free gateway endpoint in every design, and the reasons say what
  /// it would have cost through NAT: 1000 GB x 0.045 = $45.00.
  @Test func s3TrafficThroughAGatewayEndpoint() throws {
    let result = try compare([.invokes: "1e6", .s3GB: "600", .dynamoDBGB: "400"])
    for design in result.designs {
      let gateway = try #require(design.lineItems.first { $0.id == .gatewayEndpoint })
      #expect(gateway.quantity == TestSupport.quantity("1000"))
      #expect(gateway.cost == .zero)
    }
    #expect(
      result.cost(of: .privateLinkPerAZ)?.monthlyCost == TestSupport.money("14.63814697265625"))
    #expect(
      result.recommendation.reasons.contains {
        $0.contains("through a NAT gateway it would cost $45.00 a month more")
      })
  }

  @Test func missingEgressPriceIsAnErrorOnlyWhenAskedFor() {
    #expect(TestSupport.run(["compare", "--region", "us-west-2"]).code == .ok)
    let asked = TestSupport.run(["compare", "--region", "us-west-2", "--internet-gb", "10"])
    #expect(asked.code == .usage)
    #expect(
      asked.stderr.contains(
        "--internet-gb needs an internet data-transfer-out price, and the us-west-2 table has none")
    )
    let beyond = TestSupport.run(["compare", "--region", "sa-east-1", "--internet-gb", "20000"])
    #expect(beyond.code == .usage)
    #expect(
      beyond.stderr.contains(
        "is beyond the 10,240 GB a month that the sa-east-1 table has internet egress prices for"))
  }

  /// The issue's example: a design that can reach the internet, and why.
  @Test func exampleRecommendsADesignThatReachesTheInternet() {
    let result = TestSupport.run([
      "compare", "--invokes", "1e6", "--azs", "2", "--internet-gb", "50",
    ])
    #expect(result.code == .ok)
    #expect(
      result.stdout.contains("Recommendation: nat-per-az (NAT gateway per AZ) at $79.92 a month"))
    #expect(
      result.stdout.contains(
        "Adding 1 endpoint beside the NAT gateway costs $14.60 a month in endpoint-hours"))
  }

  @Test func batchCarriesTheNewColumns() throws {
    let path = try TestSupport.file("name,gb,internet_gb,s3_gb\nweb,100,20000,50\n")
    let result = TestSupport.run(["batch", path])
    #expect(result.code == .ok, "\(result.stderr)")
    let rows = try StrictCSV.parse(result.stdout)
    #expect(rows.count == 1 + 7)
    let header = rows[0]
    let hybrid = try #require(rows.first { $0[1] == "hybrid-per-az" })
    let cells = Dictionary(uniqueKeysWithValues: zip(header, hybrid))
    #expect(cells["internet_egress_cost"] == "1751.20")
    #expect(
      rows.first { $0[1] == "privatelink-per-az" }.map {
        Dictionary(uniqueKeysWithValues: zip(header, $0))["feasible"]
      } == "false")
  }
}
