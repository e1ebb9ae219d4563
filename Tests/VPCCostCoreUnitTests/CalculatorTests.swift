import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Every line item and total against figures worked out by hand from the table's price strings.
@Suite struct CalculatorTests {
  /// The designs that apply, in order, for one VPC or many, with internet traffic or none, as
  /// the cost model lists them; the set batch walks holds the same designs in the same order.
  @Test(arguments: [
    (
      [WorkloadField.azs: "2"],
      [
        "nat-single-az", "nat-per-az", "nat-regional", "privatelink-single-az",
        "privatelink-per-az",
      ]
    ),
    (
      [.azs: "2", .internetGB: "5"],
      [
        "nat-single-az", "nat-per-az", "nat-regional", "privatelink-single-az",
        "privatelink-per-az", "hybrid-single-az", "hybrid-per-az",
      ]
    ),
    (
      [.azs: "2", .vpcs: "3"],
      ["nat-per-az", "nat-regional", "privatelink-per-az", "hub-endpoints", "central-egress"]
    ),
    (
      [.azs: "2", .vpcs: "3", .internetGB: "5"],
      [
        "nat-per-az", "nat-regional", "privatelink-per-az", "hybrid-per-az", "hub-endpoints",
        "central-egress",
      ]
    ),
  ])
  func designsThatApplyInOrder(fields: [WorkloadField: String], expected: [String]) throws {
    let (workload, table) = try TestSupport.workload(fields)
    let calculator = CostCalculator(table: table)
    #expect(calculator.designs(for: workload).map(\.rawValue) == expected)
    #expect(Array(calculator.designSet(for: workload)).map(\.rawValue) == expected)
    #expect(calculator.designSet(for: workload).designs.map(\.rawValue) == expected)
  }

  /// A design's index is its position in `allCases`, both ways, for every design.
  @Test func designIndicesFollowAllCases() {
    for (position, design) in DesignID.allCases.enumerated() {
      #expect(design.index == position, "\(design)")
      #expect(DesignID(index: position) == design)
    }
  }

  /// us-east-1, 2 AZs, 1e6 invocations of 4 KiB: D = 1e6 x 4096 / 2^30 = 3.814697265625 GB.
  @Test func usEast1TwoAZsDefaultWorkload() throws {
    let (workload, table) = try TestSupport.workload([.invokes: "1e6", .azs: "2"])
    #expect(workload.gbPerMonth == TestSupport.quantity("3.814697265625"))
    let result = CostCalculator(table: table).compare(workload)
    let m = TestSupport.money
    // nat-single-az: 730 x 0.045; D x 0.045; 730 x 0.005; D x 1/2 x 2 x 0.01
    #expect(TestSupport.cost(result, .natSingleAZ, .natHours) == m("32.85"))
    #expect(TestSupport.cost(result, .natSingleAZ, .natData) == m("0.171661376953125"))
    #expect(TestSupport.cost(result, .natSingleAZ, .publicIPv4) == m("3.65"))
    #expect(TestSupport.cost(result, .natSingleAZ, .crossAZ) == m("0.03814697265625"))
    #expect(result.cost(of: .natSingleAZ)?.monthlyCost == m("36.709808349609375"))
    // nat-per-az: 2 x 730 x 0.045 + D x 0.045 + 2 x 730 x 0.005
    #expect(TestSupport.cost(result, .natPerAZ, .natHours) == m("65.70"))
    #expect(TestSupport.cost(result, .natPerAZ, .publicIPv4) == m("7.30"))
    #expect(result.cost(of: .natPerAZ)?.monthlyCost == m("73.171661376953125"))
    // privatelink-single-az: 1 x 730 x 0.01 + D x 0.01 + cross-AZ
    #expect(TestSupport.cost(result, .privateLinkSingleAZ, .endpointHours) == m("7.30"))
    #expect(TestSupport.cost(result, .privateLinkSingleAZ, .endpointData) == m("0.03814697265625"))
    #expect(result.cost(of: .privateLinkSingleAZ)?.monthlyCost == m("7.3762939453125"))
    // privatelink-per-az: 1 x 2 x 730 x 0.01 + D x 0.01
    #expect(result.cost(of: .privateLinkPerAZ)?.monthlyCost == m("14.63814697265625"))
    #expect(result.cost(of: .privateLinkPerAZ)?.monthlyCost.centsString == "14.64")
    #expect(result.cost(of: .natPerAZ)?.monthlyCost.centsString == "73.17")
  }

  /// eu-west-1, 3 AZs, 1000 GB, three services: cross-AZ carries 2/3 of D, rounded at 12 places.
  @Test func euWest1ThreeAZsThreeServices() throws {
    let (workload, table) = try TestSupport.workload([
      .region: "eu-west-1", .azs: "3", .gb: "1000", .services: "lambda,sts,sqs",
    ])
    let result = CostCalculator(table: table).compare(workload)
    let m = TestSupport.money
    // 1000 x 0.02 x 2 / 3 = 40 / 3, carried to 22 places and rounded half-up
    let crossAZ = m("13.3333333333333333333333")
    #expect(TestSupport.cost(result, .natSingleAZ, .crossAZ) == crossAZ)
    // 35.04 + 48 + 3.65 + 40/3
    #expect(result.cost(of: .natSingleAZ)?.monthlyCost == m("86.69") + crossAZ)
    // 3 x 730 x 0.048 + 1000 x 0.048 + 3 x 730 x 0.005 = 105.12 + 48 + 10.95
    #expect(result.cost(of: .natPerAZ)?.monthlyCost == m("164.07"))
    // 3 services x 730 x 0.011 + 1000 x 0.01 + cross-AZ = 24.09 + 10 + 40/3
    #expect(result.cost(of: .privateLinkSingleAZ)?.monthlyCost == m("34.09") + crossAZ)
    #expect(result.cost(of: .privateLinkSingleAZ)?.monthlyCost.centsString == "47.42")
    // 3 services x 3 AZs x 730 x 0.011 + 10 = 72.27 + 10
    #expect(result.cost(of: .privateLinkPerAZ)?.monthlyCost == m("82.27"))
  }

  /// ap-southeast-5 (Malaysia), 3 AZs, odd sizes: D = 1000 x 6555648 / 2^30 rounded at 12 places.
  @Test func apSoutheast5OddSizes() throws {
    let (workload, table) = try TestSupport.workload([
      .region: "ap-southeast-5", .azs: "3", .invokes: "1000", .requestSize: "256KiB",
      .responseSize: "6MiB", .overheadSize: "2KiB",
    ])
    // 262144 + 6291456 + 2048 = 6555648 bytes = 2^11 x 3201; x 1000 / 2^30 = 3201000 / 2^19
    // = 6.1054229736328125, carried to 12 places: 6.105422973633
    #expect(workload.bytesPerInvocation == 6_555_648)
    #expect(workload.gbPerMonth == TestSupport.quantity("6.105422973633"))
    let result = CostCalculator(table: table).compare(workload)
    // 2190 x 0.05015 + 6.105422973633 x 0.05015 + 2190 x 0.005
    // = 109.8285 + 0.30618696212769495 + 10.95
    #expect(
      result.cost(of: .natPerAZ)?.monthlyCost == TestSupport.money("121.08468696212769495"))
  }

  /// sa-east-1 with one AZ: the single-AZ and per-AZ layouts cost the same, with no cross-AZ.
  @Test func saEast1OneAZLayoutsAgree() throws {
    let (workload, table) = try TestSupport.workload([
      .region: "sa-east-1", .azs: "1", .gb: "10",
    ])
    let result = CostCalculator(table: table).compare(workload)
    // 730 x 0.093 + 10 x 0.093 + 730 x 0.005 = 67.89 + 0.93 + 3.65
    #expect(result.cost(of: .natSingleAZ)?.monthlyCost == TestSupport.money("72.47"))
    #expect(result.cost(of: .natPerAZ)?.monthlyCost == TestSupport.money("72.47"))
    #expect(TestSupport.cost(result, .natSingleAZ, .crossAZ) == .zero)
    // 730 x 0.021 + 10 x 0.01 = 15.33 + 0.10
    #expect(result.cost(of: .privateLinkSingleAZ)?.monthlyCost == TestSupport.money("15.43"))
    #expect(result.cost(of: .privateLinkPerAZ)?.monthlyCost == TestSupport.money("15.43"))
    #expect(result.warnings.contains { $0.contains("interfaceEndpoint.hourlyPerAZ") })
  }

  /// Zero traffic leaves only the hourly charges.
  @Test func zeroTrafficCostsOnlyHours() throws {
    let (workload, table) = try TestSupport.workload([.gb: "0", .azs: "2"])
    let result = CostCalculator(table: table).compare(workload)
    #expect(result.cost(of: .natPerAZ)?.monthlyCost == TestSupport.money("73"))
    #expect(result.cost(of: .privateLinkPerAZ)?.monthlyCost == TestSupport.money("14.6"))
    #expect(TestSupport.cost(result, .natSingleAZ, .crossAZ) == .zero)
    #expect(TestSupport.cost(result, .privateLinkPerAZ, .endpointData) == .zero)
  }

  /// Endpoint data at and around the Price List's binary tier boundaries.
  @Test(arguments: [
    ("1048576", "10485.76"),  // all in tier 1: 1048576 x 0.01
    ("1048577", "10485.766"),  // one GB in tier 2 at 0.006
    ("5242880", "35651.584"),  // + 4194304 x 0.006 = 25165.824
    ("5242881", "35651.588"),  // one GB in tier 3 at 0.004
    ("6000000", "38680.064"),  // + 757120 x 0.004 = 3028.48
    ("1000000", "10000"),  // a decimal petabyte stays in tier 1
  ])
  func endpointDataTiers(gigabytes: String, expected: String) throws {
    let (workload, table) = try TestSupport.workload([.gb: gigabytes])
    let result = CostCalculator(table: table).compare(workload)
    #expect(
      TestSupport.cost(result, .privateLinkPerAZ, .endpointData) == TestSupport.money(expected))
  }

  /// A charge that spans tiers has no single unit price and lists each tier.
  @Test func tieredLineItemListsTiers() throws {
    let (workload, table) = try TestSupport.workload([.gb: "6000000"])
    let item = CostCalculator(table: table).cost(of: .privateLinkPerAZ, for: workload)
      .lineItems.first { $0.id == .endpointData }
    #expect(item?.unitPrice == nil)
    #expect(
      item?.tiers.map(\.quantity) == ["1048576", "4194304", "757120"].map(TestSupport.quantity))
  }

  /// The sum of the line items is the total, to the last digit, for every design.
  @Test func totalsAreExactSums() throws {
    let (workload, table) = try TestSupport.workload([.gb: "1234.5678", .azs: "3"])
    for design in CostCalculator(table: table).designCosts(for: workload) {
      let sum = design.lineItems.map(\.cost).reduce(Money.zero, +)
      #expect(sum == design.monthlyCost)
      // Flat charges are exactly quantity x unit price; cross-AZ divides the money instead.
      for item in design.lineItems where item.id != .crossAZ && item.tiers.isEmpty {
        #expect(item.cost == item.quantity * item.unitPrice!)
      }
    }
  }
}
