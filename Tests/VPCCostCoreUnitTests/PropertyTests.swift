import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Properties that must hold for any workload: checked on seeded random workloads.
@Suite struct PropertyTests {
  static let regions = ["us-east-1", "eu-west-1", "sa-east-1", "ap-southeast-5", "ap-northeast-2"]

  /// A random valid workload input.
  static func randomInput(_ generator: inout SeededGenerator) -> WorkloadInput {
    var input = WorkloadInput()
    input[.region] = regions.randomElement(using: &generator)!
    input[.azs] = String(Int.random(in: 1...2, using: &generator))
    input[.gb] =
      String(Int.random(in: 0...8_000_000, using: &generator)) + "."
      + String(Int.random(in: 0...999, using: &generator))
    input[.services] = String(Int.random(in: 1...30, using: &generator))
    input[.hours] = String(Int.random(in: 1...744, using: &generator))
    return input
  }

  static func costs(_ input: WorkloadInput) throws -> [DesignCost] {
    let table = try TestSupport.table(WorkloadParser.region(of: input))
    return CostCalculator(table: table).designCosts(
      for: try WorkloadParser.parse(input, table: table))
  }

  /// Every design's cost never falls when traffic, hours, AZs or services grow.
  @Test(arguments: [WorkloadField.gb, .hours, .azs, .services])
  func costsAreMonotone(field: WorkloadField) throws {
    var generator = SeededGenerator(seed: 7 + UInt64(field.index))
    for _ in 0..<200 {
      let input = Self.randomInput(&generator)
      var larger = input
      switch field {
      case .gb:
        larger[.gb] =
          (TestSupport.quantity(input[.gb]!)
          + TestSupport.quantity(String(Int.random(in: 0...2_000_000, using: &generator))))
          .decimalString
      case .hours:
        larger[.hours] = String(
          min(744, Int(input[.hours]!)! + Int.random(in: 0...50, using: &generator)))
      case .azs: larger[.azs] = String(Int(input[.azs]!)! + 1)
      default:
        larger[.services] = String(
          Int(input[.services]!)! + Int.random(in: 0...5, using: &generator))
      }
      let before = try Self.costs(input)
      let after = try Self.costs(larger)
      for (small, big) in zip(before, after) {
        #expect(small.monthlyCost <= big.monthlyCost, "\(field) \(small.design)")
      }
    }
  }

  /// A single-AZ design never has more hourly cost than its per-AZ counterpart.
  @Test func singleAZNeverHasMoreHourlyCost() throws {
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<300 {
      let costs = Dictionary(
        uniqueKeysWithValues: try Self.costs(Self.randomInput(&generator)).map { ($0.design, $0) })
      #expect(costs[.natSingleAZ]!.fixedCost <= costs[.natPerAZ]!.fixedCost)
      #expect(costs[.privateLinkSingleAZ]!.fixedCost <= costs[.privateLinkPerAZ]!.fixedCost)
    }
  }

  /// Line items sum to the total, to the last digit.
  @Test func lineItemsSumToTotals() throws {
    var generator = SeededGenerator(seed: 13)
    for _ in 0..<300 {
      for design in try Self.costs(Self.randomInput(&generator)) {
        #expect(design.lineItems.reduce(Money.zero) { $0 + $1.cost } == design.monthlyCost)
      }
    }
  }

  /// Invocations and --gb give the same costs when they describe the same bytes.
  @Test func invocationsAndGigabytesAgree() throws {
    var generator = SeededGenerator(seed: 17)
    for _ in 0..<200 {
      var byInvocations = Self.randomInput(&generator)
      byInvocations[.gb] = nil
      let kibibytes = Int.random(in: 1...64, using: &generator)
      let invocations = Int.random(in: 0...50_000_000, using: &generator) * 1024
      byInvocations[.invokes] = String(invocations)
      byInvocations[.requestSize] = "\(kibibytes)KiB"
      byInvocations[.responseSize] = "0"
      byInvocations[.overheadSize] = "0"
      // invocations x kibibytes KiB = invocations / 1024 x kibibytes MiB: whole GB/1024 pieces.
      var byGB = byInvocations
      byGB[.invokes] = nil
      byGB[.gb] =
        Quantity.gigabytes(fromBytes: Int128(invocations) * Int128(kibibytes) * 1024).decimalString
      #expect(
        try Self.costs(byInvocations).map(\.monthlyCost) == Self.costs(byGB).map(\.monthlyCost))
    }
  }

  /// At every reported break-even the two designs cost the same to the cent, and just below and
  /// above it the cheaper technology flips.
  @Test func breakEvenIsExactAndFlips() throws {
    var generator = SeededGenerator(seed: 19)
    var checked = 0
    for _ in 0..<400 {
      let input = Self.randomInput(&generator)
      let table = try TestSupport.table(WorkloadParser.region(of: input))
      let calculator = CostCalculator(table: table)
      let workload = try WorkloadParser.parse(input, table: table)
      let breakEven = calculator.breakEven(layout: .perAZ, workload: workload)
      guard case .privateLinkAbove(let point) = breakEven.crossing, point < WorkloadLimits.maxGB
      else { continue }
      checked += 1
      func cheaper(at gigabytes: Quantity) throws -> (nat: Money, privateLink: Money) {
        var at = input
        at[.gb] = gigabytes.decimalString
        let costs = try Self.costs(at)
        let nat = costs.first { $0.design == .natPerAZ }!
        let privateLink = costs.first { $0.design == .privateLinkPerAZ }!
        return (nat.monthlyCost, privateLink.monthlyCost)
      }
      let there = try cheaper(at: point)
      #expect(there.nat.centsString == there.privateLink.centsString)
      let margin = Quantity(whole: 1)
      if point > margin {
        let below = try cheaper(at: point - margin)
        #expect(below.nat < below.privateLink)
      }
      let above = try cheaper(at: point + margin)
      #expect(above.privateLink < above.nat)
    }
    #expect(checked > 50)
  }
}
