import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Break-even traffic, invocations and services, on the tier-1 line and on the tiered curve.
@Suite struct BreakEvenTests {
  /// 1 service: $0.01 per AZ-hour is below $0.045 + $0.005, so PrivateLink wins at any traffic.
  @Test func privateLinkWinsAtAnyTrafficWithOneService() throws {
    let (workload, table) = try TestSupport.workload([.invokes: "1e6", .azs: "2"])
    let breakEven = CostCalculator(table: table).compare(workload).breakEven
    #expect(breakEven.crossing == .privateLinkAtAnyTraffic)
    #expect(breakEven.gbPerMonth == nil)
    #expect(breakEven.invocationsPerMonth == nil)
    // (73.171661376953125 - 0.03814697265625) / 14.60 = 5.009...
    #expect(breakEven.maxPrivateLinkServices == 5)
  }

  /// 8 services, 2 AZs: D* = 1460 x (8 x 0.01 - 0.05) / (0.045 - 0.01) = 43.8 / 0.035 GB.
  @Test func eightServicesCrossOnTheFirstTier() throws {
    let (workload, table) = try TestSupport.workload([
      .invokes: "1e6", .azs: "2", .services: "8",
    ])
    let calculator = CostCalculator(table: table)
    let breakEven = calculator.breakEven(layout: .perAZ, workload: workload)
    let expected = TestSupport.quantity("1251.428571428571")  // 1251.4285714285714... at 12 places
    #expect(breakEven.crossing == .privateLinkAbove(expected))
    // 1251.428571428571 x 2^30 / 4096 = 1251.428571428571 x 262144 = 328054491.4... rounded up
    #expect(breakEven.invocationsPerMonth == 328_054_492)
    // At the break-even the two per-AZ designs cost the same to the cent.
    let (atBreakEven, _) = try TestSupport.workload([
      .gb: expected.decimalString, .azs: "2", .services: "8",
    ])
    let nat = calculator.cost(of: .natPerAZ, for: atBreakEven).monthlyCost
    let privateLink = calculator.cost(of: .privateLinkPerAZ, for: atBreakEven).monthlyCost
    #expect(nat.centsString == privateLink.centsString)
    #expect(nat.centsString == "129.31")  // 73 + 1251.428571428571 x 0.045 = 129.314...
  }

  /// Below and above the break-even the recommendation flips.
  @Test(arguments: [("1251", DesignID.natPerAZ), ("1252", DesignID.privateLinkPerAZ)])
  func recommendationFlipsAtTheBreakEven(gigabytes: String, winner: DesignID) throws {
    let (workload, table) = try TestSupport.workload([
      .gb: gigabytes, .azs: "2", .services: "8",
    ])
    #expect(CostCalculator(table: table).compare(workload).recommendation.choice.design == winner)
  }

  /// A made-up endpoint price of $1 an hour pushes the crossing past the first tier:
  /// fixed difference 2190 x (20 x 1 - 0.05) = 43690.5; at 1048576 GB it is
  /// 43690.5 - 1048576 x 0.035 = 6990.34; then it falls by 0.039 per GB in tier 2.
  @Test func crossingBeyondTheFirstTier() throws {
    let table = try TestSupport.decodeTable(TestSupport.tableJSON(endpointHourly: "1"))
    let workload = Workload(
      region: "us-east-1", azs: 3, traffic: .gigabytes(.zero), services: .init(count: 20))
    let breakEven = CostCalculator(table: table).breakEven(layout: .perAZ, workload: workload)
    // 1048576 + 6990.34 / 0.039 = 1048576 + 179239.487179487179...
    #expect(breakEven.crossing == .privateLinkAbove(TestSupport.quantity("1227815.487179487179")))
  }

  /// A crossing that lands exactly on the tier boundary, 1,048,576 GB, is found there.
  ///
  /// One AZ for one hour: NAT costs 0.045 + 0.005 (IPv4) = 0.05 fixed and 0.045 a GB; 1,000
  /// endpoints at $36.70021 an AZ-hour cost 36,700.21 fixed and 0.01 a GB in tier 1. The fixed
  /// difference 36,700.21 - 0.05 = 36,700.16 over the slope 0.045 - 0.01 = 0.035 is
  /// 1,048,576 GB exactly: the last GB of tier 1.
  @Test func crossingExactlyAtTheTierBoundary() throws {
    let table = try TestSupport.decodeTable(TestSupport.tableJSON(endpointHourly: "36.70021"))
    let workload = Workload(
      region: "us-east-1", azs: 1, traffic: .gigabytes(.zero), services: .init(count: 1_000),
      hours: 1)
    let calculator = CostCalculator(table: table)
    let breakEven = calculator.breakEven(layout: .perAZ, workload: workload)
    #expect(breakEven.crossing == .privateLinkAbove(Quantity(whole: 1_048_576)))
    // Both designs cost 36,700.21 + 10,485.76 = 47,185.97 there: NAT 0.05 + 1,048,576 x 0.045.
    let atBoundary = workload.with(gigabytes: Quantity(whole: 1_048_576))
    let nat = calculator.cost(of: .natPerAZ, for: atBoundary).monthlyCost
    let privateLink = calculator.cost(of: .privateLinkPerAZ, for: atBoundary).monthlyCost
    #expect(nat == TestSupport.money("47185.97"))
    #expect(privateLink == TestSupport.money("47185.97"))
  }

  /// When NAT's per-GB price is below the endpoint's, NAT wins above the crossing.
  @Test func natWinsAboveWhenItsDataIsCheaper() throws {
    let table = try TestSupport.decodeTable(
      TestSupport.tableJSON(natPerGB: "0.005", endpointHourly: "0.001"))
    let workload = Workload(region: "us-east-1", azs: 1, traffic: .gigabytes(.zero), hours: 1)
    // fixed difference 1 x (0.001 - 0.05) = -0.049; slope 0.01 - 0.005 = 0.005 -> 9.8 GB
    let breakEven = CostCalculator(table: table).breakEven(layout: .perAZ, workload: workload)
    #expect(breakEven.crossing == .natAbove(TestSupport.quantity("9.8")))
  }

  /// Five services tie NAT at zero traffic and win above it: "no more at any traffic".
  @Test func tieAtZeroTrafficIsPrivateLinkAtAnyTraffic() throws {
    let (workload, table) = try TestSupport.workload([.gb: "0", .services: "5"])
    let breakEven = CostCalculator(table: table).breakEven(layout: .perAZ, workload: workload)
    #expect(breakEven.crossing == .privateLinkAtAnyTraffic)
    #expect(breakEven.maxPrivateLinkServices == 5)
  }

  @Test func invocationsNeedBytes() {
    #expect(
      BreakEvenSolver.invocations(at: TestSupport.quantity("1"), bytesPerInvocation: 0) == nil)
    // 1 GB of 1 KiB invocations is exactly 1048576 invocations.
    #expect(
      BreakEvenSolver.invocations(at: TestSupport.quantity("1"), bytesPerInvocation: 1024)
        == 1_048_576)
  }
}
