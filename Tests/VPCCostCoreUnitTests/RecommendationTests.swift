import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// The recommendation rule: per-AZ candidates with 2+ AZs, --allow-single-az, and ties.
@Suite struct RecommendationTests {
  private func compare(_ values: [WorkloadField: String]) throws -> Comparison {
    let (workload, table) = try TestSupport.workload(values)
    return CostCalculator(table: table).compare(workload)
  }

  @Test func defaultWorkloadRecommendsPrivateLinkPerAZ() throws {
    let choice = try compare([.invokes: "1e6", .azs: "2"]).recommendation.choice
    #expect(choice.design == .privateLinkPerAZ)
    #expect(choice.alternative == .natPerAZ)
    // 73.171661376953125 - 14.63814697265625
    #expect(choice.monthlySavings == TestSupport.money("58.533514404296875"))
    #expect(!choice.decidedByTie)
    // nat-regional survives an AZ loss too: 2 x 730 x 0.045 + D x 0.045 + 2 x 730 x 0.005 = 73.17...
    #expect(choice.candidates == [.natPerAZ, .natRegional, .privateLinkPerAZ])
  }

  /// 5 endpoints x $0.01 = one NAT gateway's $0.045 + its IPv4 address's $0.005, at zero traffic.
  @Test func exactTieGoesToPrivateLink() throws {
    let result = try compare([.gb: "0", .azs: "2", .services: "5"])
    let choice = result.recommendation.choice
    #expect(result.cost(of: .natPerAZ)?.monthlyCost == TestSupport.money("73"))
    #expect(result.cost(of: .privateLinkPerAZ)?.monthlyCost == TestSupport.money("73"))
    #expect(choice.design == .privateLinkPerAZ)
    #expect(choice.decidedByTie)
    #expect(choice.monthlySavings == .zero)
    #expect(result.recommendation.reasons[0].contains("on an exact tie PrivateLink wins"))
  }

  /// Six services at zero traffic: $0.06 an hour per AZ beats no NAT gateway, so NAT wins.
  @Test func natWinsWithManyServicesAndLittleTraffic() throws {
    let choice = try compare([.gb: "0", .azs: "2", .services: "6"]).recommendation.choice
    #expect(choice.design == .natPerAZ)
    // 6 x 1460 x 0.01 - 73 = 87.60 - 73.00
    #expect(choice.monthlySavings == TestSupport.money("14.6"))
  }

  @Test func singleAZDesignsNeedTheFlagWithTwoOrMoreAZs() throws {
    let strict = try compare([.gb: "100", .azs: "3"]).recommendation
    #expect(strict.choice.design == .privateLinkPerAZ)
    #expect(strict.reasons.contains { $0.contains("--allow-single-az") })
    let relaxed = try compare([.gb: "100", .azs: "3", .allowSingleAZ: "true"]).recommendation
    // privatelink-single-az: 730 x 0.01 + 100 x 0.01 + 100 x 0.02 x 2/3 = 7.30 + 1 + 4/3
    #expect(relaxed.choice.design == .privateLinkSingleAZ)
    #expect(relaxed.choice.candidates.count == 5)
    #expect(relaxed.choice.monthlyCost == TestSupport.money("9.6333333333333333333333"))
    #expect(relaxed.reasons.contains { $0.contains("single point of failure") })
  }

  /// With one AZ every design is a candidate; equal layouts prefer per-AZ.
  @Test func oneAZAdmitsAllDesigns() throws {
    let choice = try compare([.gb: "10", .azs: "1"]).recommendation.choice
    #expect(choice.candidates.count == 5)
    #expect(choice.design == .privateLinkPerAZ)
  }

  /// With --allow-single-az and the tie at zero traffic, the cheapest layout wins the tie too.
  @Test func tieAmongSingleAZDesigns() throws {
    let choice = try compare([.gb: "0", .azs: "2", .services: "5", .allowSingleAZ: "yes"])
      .recommendation.choice
    // single-AZ: 730 x (0.045 + 0.005) = 36.50 = 5 x 730 x 0.01
    #expect(choice.design == .privateLinkSingleAZ)
    #expect(choice.alternative == .natSingleAZ)
    #expect(choice.monthlyCost == TestSupport.money("36.5"))
    #expect(choice.decidedByTie)
  }
}
