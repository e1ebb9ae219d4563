import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCore
@testable import VPCCostFormats

/// The bounds of WorkloadLimits and the price validator, taken all at once: every computation
/// stays inside Int128 (docs/cost-model.md, "Limits and the largest values").
@Suite struct LimitsTests {
  /// Every price at the validator's $100 cap, every workload bound at its maximum.
  static func worstCase() throws -> (CostCalculator, Workload) {
    let table = try TestSupport.decodeTable(
      TestSupport.tableJSON(
        natHourly: "100", natPerGB: "100", endpointHourly: "100",
        tiers: #"[{"upToGB": "1048576", "perGB": "100"}, {"perGB": "100"}]"#, ipv4: "100",
        crossAZ: "100", extra: #", "internetOut": {"tiers": [{"perGB": "100"}]}"#
      ).replacing(#""azCount": 3, "#, with: ""))
    var input = WorkloadInput()
    for (field, value) in [
      (WorkloadField.gb, "1e12"), (.internetGB, "1e12"), (.s3GB, "1e12"), (.dynamoDBGB, "1e12"),
      (.services, "1000"), (.azs, "32"), (.hours, "744"),
    ] {
      input[field] = value
    }
    return (CostCalculator(table: table), try WorkloadParser.parse(input, table: table))
  }

  /// The largest design: hybrid-single-az, worked out by hand.
  ///
  /// NAT and its IPv4 address 744 x 100 each; NAT data (internet only) 10^12 x 100; 1,000
  /// endpoints in one AZ 1,000 x 744 x 100 = 74,400,000; endpoint data 10^12 x 100; internet
  /// egress 10^12 x 100; cross-AZ 31/32 of the 2 x 10^12 GB through the shared AZ, both ways,
  /// 1.9375 x 10^12 x 200 = 3.875 x 10^14. Total $687,500,074,548,800: 6.875 x 10^36 units of
  /// 10^-22 dollar, 24 times below Int128.max (1.7 x 10^38).
  @Test func theLargestDesignIsExactAndFarFromOverflow() throws {
    let (calculator, workload) = try Self.worstCase()
    let comparison = calculator.compare(workload)
    let hybrid = try #require(comparison.cost(of: .hybridSingleAZ))
    #expect(hybrid.monthlyCost == TestSupport.money("687500074548800"))
    for design in comparison.designs {
      let sum = design.lineItems.reduce(Money.zero) { $0 + $1.cost }
      #expect(design.monthlyCost == sum, "\(design.design)")
      // docs/cost-model.md bounds every design by $8.01 x 10^14.
      #expect(design.monthlyCost <= TestSupport.money("801000000000000"), "\(design.design)")
    }
    #expect(hybrid.monthlyCost.units < Int128.max / 24)
  }

  /// Everything downstream of the comparison runs at the bounds: break-even (whose crossing is
  /// looked for only up to 10^12 GB), every renderer, the bar chart (whose pixel arithmetic
  /// needs 256 bits: 6.875 x 10^36 x 5,000 tenths of a pixel overflows Int128), and sweeps.
  @Test func everythingDownstreamRunsAtTheBounds() throws {
    let (calculator, workload) = try Self.worstCase()
    let comparison = calculator.compare(workload)
    #expect(comparison.breakEven.gbPerMonth == nil)
    let (_, overflow) = TestSupport.money("687500074548800").units.multipliedReportingOverflow(
      by: 5_000)
    #expect(overflow)
    #expect(DesignChart.render(comparison).contains("<svg"))
    for format in OutputFormat.allCases {
      #expect(!format.render(comparison, options: RenderOptions(csvDetail: true)).isEmpty)
    }
    var input = WorkloadInput()
    input[.services] = "1000"
    input[.azs] = "32"
    input[.hours] = "744"
    let range = try SweepRange.parse("1..1e12", axis: .gigabytes, scale: .log).get()
    let sweep = try Sweeper(calculator: calculator).sweep(
      input, axis: .gigabytes, range: range, points: 20)
    #expect(SweepChart.render(sweep).contains("<svg"))
  }

  /// Invocations are checked in bytes before they become GB: 10^15 x 171 GB of overhead is refused, and the
  /// product itself (at most 10^15 x 3 x 2^40) fits in Int128.
  @Test func invocationBytesAreCheckedBeforeConversion() throws {
    let table = try TestSupport.table("us-east-1")
    var input = WorkloadInput()
    input[.invokes] = "1e15"
    input[.overheadSize] = "171GB"
    #expect(
      throws: WorkloadError(
        .invokes, "describes more than 10^12 GB a month; check the count and the sizes")
    ) {
      try WorkloadParser.parse(input, table: table)
    }
    let (_, overflow) = Int128(1_000_000_000_000_000).multipliedReportingOverflow(by: 3 << 40)
    #expect(!overflow)
    #expect(WorkloadLimits.maxBytesPerMonth == Int128(1_000_000_000_000) * (1 << 30))
  }

  /// Invocation counts read the same whether typed as plain digits (read without the decimal
  /// reader) or otherwise: 10^15 is the limit, one more is refused with the same message, and
  /// a fraction is not a count.
  @Test(arguments: ["1000000000000000", " 1000000000000000 ", "1e15", "1_000_000_000_000_000"])
  func invocationLimitReadsAlike(text: String) throws {
    let table = try TestSupport.table("us-east-1")
    var input = WorkloadInput()
    input[.invokes] = text
    input[.requestSize] = "0"
    input[.responseSize] = "0"
    input[.overheadSize] = "0"
    let workload = try WorkloadParser.parse(input, table: table)
    #expect(workload.traffic == .invocations(1_000_000_000_000_000))
  }

  @Test(arguments: [
    ("1000000000000001", "is more than 1,000,000,000,000,000 invocations a month"),
    ("1000000000000001.0", "is more than 1,000,000,000,000,000 invocations a month"),
    ("12.5", "is not a whole number of invocations"),
  ])
  func invocationsBeyondTheLimitAreRefused(text: String, message: String) throws {
    let table = try TestSupport.table("us-east-1")
    var input = WorkloadInput()
    input[.invokes] = text
    #expect(throws: WorkloadError.self) { try WorkloadParser.parse(input, table: table) }
    do {
      _ = try WorkloadParser.parse(input, table: table)
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  /// The limits written as literals are the formulas they stand for.
  @Test func limitsAreTheirFormulas() {
    #expect(WorkloadLimits.maxGB == Quantity(whole: 1_000_000_000_000))
    #expect(WorkloadLimits.maxBytesPerMonth == WorkloadLimits.maxGB.wholePart * Quantity.bytesPerGB)
  }
}
