import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// `vpccost sweep`: points, output, the chart's structure and its break-even.
@Suite struct SweepTests {
  static let example = ["sweep", "--gb", "1..100000", "--services", "8", "--azs", "2"]

  @Test func sweepCSVMatchesGolden() throws {
    let result = TestSupport.run(Self.example + ["--points", "11"])
    #expect(result.code == .ok, "\(result.stderr)")
    try Golden.check(result.stdout, against: "sweep-gb.csv")
  }

  /// Log points over five decades in ten steps: 10^(i/2), to 4 significant digits, exactly.
  @Test func logPointsAreRoundedExactly() throws {
    let range = try SweepRange.parse("1..100000", axis: .gigabytes, scale: .log).get()
    let points = range.points(11, whole: false).map(\.decimalString)
    #expect(
      points == [
        "1", "3.162", "10", "31.62", "100", "316.2", "1000", "3162", "10000", "31620", "100000",
      ])
    let linear = try SweepRange.parse("0..10", axis: .gigabytes, scale: .linear).get()
    #expect(
      linear.points(4, whole: false).map(\.decimalString) == [
        "0", "3.333333333333", "6.666666666667", "10",
      ])
    let services = try SweepRange.parse("1..10", axis: .services, scale: .linear).get()
    #expect(services.points(50, whole: true).map(\.decimalString) == (1...10).map(String.init))
  }

  /// The chart marks the same break-even that `compare` reports, where both lines cost the same.
  @Test func chartCrossingIsTheReportedBreakEven() throws {
    let folder = try TestSupport.temporaryFolder()
    let chart = folder.appendingPathComponent("be.svg")
    let sweep = TestSupport.run(Self.example + ["--chart", chart.path])
    #expect(sweep.code == .ok)
    let compare = TestSupport.run([
      "compare", "--gb", "100", "--services", "8", "--azs", "2", "--format", "json",
    ])
    #expect(compare.stdout.contains(#""gbPerMonth": "1251.428571428571""#))
    let svg = try String(contentsOf: chart, encoding: .utf8)
    // The plot spans x 96..710 px (960 wide, 250 for the legend) over 10^0..10^5 on a log axis:
    // x = 96 + 614 x log10(1251.428571428571) / 5 = 476.4 px (to a tenth).
    let expectedX = 96 + 614 * log10(1251.428571428571) / 5
    let circle = try #require(
      svg.firstMatch(of: /<circle id="break-even-point" cx="([0-9.]+)" cy="([0-9.]+)"/))
    #expect(abs(Double(circle.1)! - expectedX) <= 0.1)
    // y is on a log axis from $10 to $10,000 over 80..480 px; at the break-even both designs
    // cost 73 + 1251.428571428571 x 0.045 = $129.31: y = 480 - 400 x log10(129.31.../10) / 3.
    let cost = 73 + 1251.428571428571 * 0.045
    let expectedY = 480 - 400 * log10(cost / 10) / 3
    #expect(abs(Double(circle.2)! - expectedY) <= 0.1)
    #expect(svg.contains("Break-even: 1,251.43 GB a month, $129.31"))
  }

  /// With internet traffic the marked point is where NAT and the hybrid design (NAT kept for
  /// the internet, endpoints added) cost the same: 1460 x 0.01 / 0.035 = 417.142857142857 GB,
  /// where both cost 65.70 + 7.30 + 50 x 0.09 + 50 x 0.045 + 417.142857142857 x 0.045 = $98.52.
  @Test func breakEvenPointWithInternetTrafficIsTheHybrids() throws {
    var input = WorkloadInput()
    input[.azs] = "2"
    input[.internetGB] = "50"
    let table = try TestSupport.table("us-east-1")
    let range = try SweepRange.parse("1..100000", axis: .gigabytes, scale: .log).get()
    let sweep = try Sweeper(calculator: CostCalculator(table: table)).sweep(
      input, axis: .gigabytes, range: range, points: 5)
    #expect(sweep.breakEven.endpointDesign == .hybridPerAZ)
    let point = try #require(sweep.crossing)
    #expect(point.value == TestSupport.quantity("417.142857142857"))
    #expect(point.cost.centsString == "98.52")
    #expect(point.otherCost.centsString == "98.52")
  }

  @Test func chartHasAxesLinesAndLegend() throws {
    let folder = try TestSupport.temporaryFolder()
    let chart = folder.appendingPathComponent("c.svg")
    let result = TestSupport.run(Self.example + ["--points", "11", "--chart", chart.path])
    #expect(result.code == .ok, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let svg = try String(contentsOf: chart, encoding: .utf8)
    try Golden.check(svg, against: "sweep-chart.svg")
    // Without internet traffic there are no hybrid designs.
    for design in [
      DesignID.natSingleAZ, .natPerAZ, .natRegional, .privateLinkSingleAZ, .privateLinkPerAZ,
    ] {
      #expect(svg.contains("<polyline id=\"line-\(design.rawValue)\""))
      #expect(svg.contains(">\(design.rawValue)</text>"))
    }
    #expect(svg.matches(of: #/<polyline /#).count == 5)
    #expect(svg.contains("<title>Monthly cost by traffic: us-east-1, 2 AZs, 8 services</title>"))
    for label in [
      ">1<", ">2<", ">5<", ">10<", ">100k<", ">$10<", ">$10,000<", ">USD a month, log scale<",
    ] {
      #expect(svg.contains(label), "missing \(label)")
    }
  }

  @Test func compareChartIsStackedBars() throws {
    let folder = try TestSupport.temporaryFolder()
    let chart = folder.appendingPathComponent("bars.svg")
    let result = TestSupport.run([
      "compare", "--gb", "100", "--services", "8", "--format", "markdown", "--chart", chart.path,
    ])
    // The link is relative to the review (standard output: the working folder).
    let link = RelativePath.link(to: chart.path, from: nil)
    #expect(!link.hasPrefix("/"))
    #expect(result.stdout.contains("![Monthly cost of each design](\(link))"))
    let svg = try String(contentsOf: chart, encoding: .utf8)
    try Golden.check(svg.replacing(chart.path, with: "bars.svg"), against: "compare-chart.svg")
    // nat-per-az: hours $65.70, data $4.50, public IPv4 $7.30: three segments.
    let natBar = try #require(svg.firstMatch(of: /<g id="bar-nat-per-az">(?s)(.*?)<\/g>/))
    #expect(natBar.1.matches(of: /<rect class="segment-/).count == 3)
    #expect(natBar.1.contains(">$77.50<"))
  }

  @Test(arguments: [
    ([] as [String], "sweep needs one range"),
    (["--gb", "1..10", "--services", "1..5"], "varies one input at a time"),
    (["--gb", "10..1"], "--gb '10..1': FROM must be less than TO"),
    (["--gb", "0..10"], "a log scale needs FROM above 0"),
    (["--gb", "1-10"], "no range"),
    (["--gb", "1..x"], "'x' is not a number"),
    (["--services", "0..5"], "services start at 1"),
    (["--invokes", "1.5..10"], "'1.5' is not a whole number"),
    (["--gb", "1..10", "--points", "1"], "--points '1' is not a whole number from 2 to 1000"),
    (["--gb", "1..10", "--scale", "cubic"], "--scale 'cubic' is not a scale"),
    (["--gb", "1..10", "--invokes", "5"], "--gb and --invokes cannot be given together"),
  ])
  func badSweepsAreUsageErrors(arguments: [String], message: String) {
    let result = TestSupport.run(["sweep"] + arguments)
    #expect(result.code == .usage)
    #expect(result.stdout.isEmpty)
    let expected = message == "no range" ? "sweep needs one range" : message
    #expect(result.stderr.contains(expected), "\(result.stderr)")
  }

  /// Sweeping services at zero traffic: 5 endpoints tie a NAT gateway per AZ, 6 lose.
  @Test func servicesSweepFlipsAfterFive() throws {
    let result = TestSupport.run(["sweep", "--services", "1..8", "--gb", "0", "--format", "json"])
    #expect(result.code == .ok)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let points = try #require(json["points"] as? [[String: Any]])
    #expect(
      points.map { $0["recommended"] as? String } == Array(
        repeating: "privatelink-per-az", count: 5) + Array(repeating: "nat-per-az", count: 3))
    let costs = try #require(points[4]["costs"] as? [String: String])
    #expect(costs["privatelink-per-az"] == "73")  // 5 x 2 x 730 x 0.01
    #expect(costs["nat-per-az"] == "73")  // 2 x 730 x (0.045 + 0.005)
  }
}
