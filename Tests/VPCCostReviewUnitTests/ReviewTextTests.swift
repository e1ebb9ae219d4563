import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// What a reader takes from a Markdown review must be what the numbers say: ruled-out designs
/// marked, columns that add up, every input, provenance, safe links and safe text.
@Suite struct ReviewTextTests {
  static let internet = [
    "compare", "--invokes", "1e7", "--azs", "3", "--services", "lambda,sts,sqs", "--internet-gb",
    "200", "--format", "markdown",
  ]

  /// Pure PrivateLink cannot carry internet traffic: its rows say so, and its total is struck.
  @Test func ruledOutDesignsAreMarked() {
    let review = TestSupport.run(Self.internet).stdout
    let row = review.split(separator: "\n").first { $0.hasPrefix("| `privatelink-single-az`") }
    #expect(row?.contains("**not feasible**, 200 GB a month go to the internet") == true)
    #expect(row?.hasSuffix("| ~~$22.79~~ not feasible |") == true)
  }

  /// nat-per-az: hourly 3 x 730 x 0.045 = 98.55, data (38.15 + 200) GB x 0.045 = 10.72,
  /// IPv4 3 x 730 x 0.005 = 10.95, internet 200 x 0.09 = 18.00: 138.22, the total.
  @Test func columnsAddUpToTheTotal() throws {
    let review = TestSupport.run(Self.internet).stdout
    #expect(
      review.contains(
        "| Design | Hourly | Data | Cross-AZ | Public IPv4 | Internet egress | Monthly |"))
    let row = try #require(
      review.split(separator: "\n").first { $0.hasPrefix("| **`nat-per-az`") })
    #expect(row.hasSuffix("| $98.55 | $10.72 | $0.00 | $10.95 | $18.00 | **$138.22** |"))
    #expect(review.contains("give or take a cent"))
  }

  @Test func everyWorkloadInputIsListed() {
    let review = TestSupport.run(
      Self.internet + ["--s3-gb", "40", "--dynamodb-gb", "3", "--request-size", "2KiB"]
    ).stdout
    #expect(review.contains("| Internet traffic (needs a NAT gateway) | 200 GB a month |"))
    #expect(review.contains("| S3 traffic (free gateway endpoint) | 40 GB a month |"))
    #expect(review.contains("| DynamoDB traffic (free gateway endpoint) | 3 GB a month |"))
    #expect(review.contains("request 2 KiB, response 1 KiB, overhead 2 KiB"))
    #expect(review.contains("| Gateway endpoints | Monthly |"))
  }

  /// The header names the version, the prices and their date, the stale note, and the command.
  @Test func provenanceHeader() {
    let stale = CLIEnvironment(today: "2026-12-01")
    let review = TestSupport.run(["compare", "--format", "markdown"], environment: stale).stdout
    #expect(
      review.contains(
        "> Written by vpccost \(CLI.version) with the us-east-1 price table effective 2025-11-04 (price-list, embedded:us-east-1)."
      ))
    #expect(review.contains("> Note: the us-east-1 prices are 392 days old"))
    #expect(review.contains("> Reproduce: `vpccost compare --format markdown`"))
    let json = TestSupport.run(["compare", "--format", "json"], environment: stale).stdout
    #expect(json.contains("\"the us-east-1 prices are 392 days old"))
  }

  @Test(arguments: [
    ("docs/cost.svg", "docs/review.md", "cost.svg"),
    ("cost.svg", "docs/review.md", "../cost.svg"),
    ("/x/charts/c.svg", "/x/docs/r.md", "../charts/c.svg"),
    ("a/b/c.svg", "a/b/c.md", "c.svg"),
  ])
  func chartLinksAreRelativeToTheReview(chart: String, review: String, link: String) {
    #expect(RelativePath.link(to: chart, from: review) == link)
  }

  @Test func chartLinkOfAnAbsolutePathIsRelative() throws {
    let folder = try TestSupport.temporaryFolder()
    let review = folder.appendingPathComponent("docs/review.md")
    try FileManager.default.createDirectory(
      at: review.deletingLastPathComponent(), withIntermediateDirectories: true)
    let result = TestSupport.run([
      "compare", "--format", "markdown", "--chart",
      folder.appendingPathComponent("docs/cost.svg").path,
      "--output", review.path,
    ])
    #expect(result.code == .ok)
    let text = try String(contentsOf: review, encoding: .utf8)
    #expect(text.contains("![Monthly cost of each design](cost.svg)"))
  }

  /// A finding that quotes a Markdown link shows its characters instead of rendering a link.
  @Test func templateTextIsEscaped() {
    let review = TestSupport.run([
      "review", TestSupport.samFixture, "--format", "markdown", "--fail-on", "never",
    ]).stdout
    #expect(review.contains(#"'\[lambda.amazonaws.com\]\(http://lambda.amazonaws.com/\)'"#))
    #expect(!review.contains("[lambda.amazonaws.com](http"))
    #expect(MarkdownText.escaped("a|b*c_[d](e)\nf") == #"a\|b\*c\_\[d\]\(e\)\\nf"#)
    #expect(MarkdownText.code("x`y") == "`` x`y ``")
    // A fence longer than the longest run of backticks inside (issue 24).
    #expect(MarkdownText.code("a``b`") == "``` a``b` ```")
  }

  /// A resource id made to inject shows as text, in the table and in Markdown (issue 24).
  ///
  /// The id holds a carriage return that would forge an "error"
  /// line, an OSC sequence that retitles the terminal, a backtick that would close the code
  /// span around raw HTML. The table shows escapes and sends no control character; the
  /// Markdown keeps the id in one code span fenced longer than its backticks.
  @Test func resourceIdsCannotInject() throws {
    let id = "Evil\rerror X\u{1B}]0;pwned\u{07}`<img src=x onerror=alert(1)>`"
    let template = """
      Resources:
        "Evil\\rerror X\\u001b]0;pwned\\u0007`<img src=x onerror=alert(1)>`":
          Type: AWS::EC2::VPCEndpoint
          Properties: {VpcEndpointType: Interface, ServiceName: com.amazonaws.us-east-1.sqs, VpcId: vpc-1, SubnetIds: [subnet-1], PrivateDnsEnabled: false}
      """
    let review = try TemplateReview.review(
      TemplateReader.read(template), input: WorkloadInput(), catalog: .embedded)
    #expect(review.findings.first?.resource == id)
    let table = String(
      decoding: ReviewRenderer.render(review, path: "t.yaml", format: .table), as: UTF8.self)
    #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(table.contains(#"Evil\rerror X\u{1b}]0;pwned\u{7}`<img"#))
    let markdown = String(
      decoding: ReviewRenderer.render(review, path: "t.yaml", format: .markdown), as: UTF8.self)
    #expect(
      markdown.contains(#"`` Evil\rerror X\u{1b}]0;pwned\u{7}`<img src=x onerror=alert(1)>` ``"#))
    #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  /// SARIF names the template by a URI reference: `#`, `%`, `?` and spaces percent-encoded.
  @Test func sarifURIsArePercentEncoded() {
    #expect(
      ReviewSARIF.percentEncoded("infra/my tpl#1%20?.yaml") == "infra/my%20tpl%231%2520%3F.yaml")
    #expect(ReviewSARIF.percentEncoded("a/b-c_d.e~f.yaml") == "a/b-c_d.e~f.yaml")
    #expect(ReviewSARIF.percentEncoded("é.yaml") == "%C3%A9.yaml")
  }

  @Test func commandLinesAreQuotedForTheShell() {
    #expect(
      ShellWords.commandLine(["compare", "--services", "lambda, sts", "--output", "it's.md"])
        == #"vpccost compare --services 'lambda, sts' --output 'it'\''s.md'"#)
  }

  /// The break-even wording: never "up to 0" services, never more than vpccost prices.
  @Test func serviceCountsAreWordedSensibly() throws {
    let none = TestSupport.run(["compare", "--gb", "5", "--services", "6", "--format", "json"])
    #expect(
      none.stdout.contains("costs more even with 1 endpoint service")
        || !none.stdout.contains("up to 0"))
    #expect(!none.stdout.contains("up to 0 endpoint"))
    // 1 AZ at 10^6 GB: NAT costs 32.85 + 3.65 + 45,000 against 10,000 of endpoint data, so
    // (48,686.50 - 10,000) / 7.30 = 4,792 endpoints would still cost no more: capped at 1,000.
    let many = TestSupport.run(["compare", "--gb", "1e6", "--azs", "1", "--format", "json"])
    #expect(!many.stdout.contains("up to 3,375"))
    #expect(many.stdout.contains("any number of endpoint services (vpccost prices up to 1,000)"))
    #expect(TestSupport.run(["compare", "--response-size", "6MiB"]).code == .ok)
  }
}

/// Charts a reader takes in at a glance: legible labels, no empty legend entries, ruled-out bars
/// marked, coinciding lines visible, and a crossing between two counts marked where it falls.
@Suite struct ChartTruthTests {
  static func chart(_ arguments: [String]) throws -> String {
    let folder = try TestSupport.temporaryFolder()
    let path = folder.appendingPathComponent("chart.svg").path
    let result = TestSupport.run(arguments + ["--chart", path, "--quiet"])
    #expect(result.code == .ok, "\(result.stderr)")
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  /// Seven bars: each name on two lines (technology, layout), never one long line.
  @Test func designNamesAreWrapped() throws {
    let svg = try Self.chart(ReviewTextTests.internet.dropLast(2))
    #expect(svg.contains(">privatelink-</text>"))
    #expect(svg.contains(">single-az</text>"))
    #expect(!svg.contains(">privatelink-single-az</text>"))
  }

  /// Categories that are $0 in every bar leave the legend (no internet, no cross-AZ here).
  @Test func zeroCategoriesLeaveTheLegend() throws {
    let svg = try Self.chart(["compare", "--gb", "100", "--services", "8"])
    let legend = try #require(svg.firstMatch(of: /<g id="legend">(?s)(.*?)<\/g>/)).1
    #expect(!legend.contains("Internet egress"))
    #expect(legend.contains("Cross-AZ transfer"))  // the single-AZ designs have it
    let withInternet = try Self.chart(Array(ReviewTextTests.internet.dropLast(2)))
    #expect(withInternet.contains(">Internet egress</text>"))
    #expect(withInternet.contains(">Not feasible for this workload</text>"))
  }

  /// Pure PrivateLink with internet traffic: hatched, greyed, labelled.
  @Test func ruledOutBarsAreHatchedAndLabelled() throws {
    let svg = try Self.chart(Array(ReviewTextTests.internet.dropLast(2)))
    let bar = try #require(
      svg.firstMatch(of: /<g id="bar-privatelink-per-az" class="ruled-out">(?s)(.*?)<\/g>/)
    ).1
    #expect(bar.contains(##"fill="url(#ruled-out)""##))
    #expect(bar.contains(">not feasible</text>"))
    let feasible = try #require(svg.firstMatch(of: /<g id="bar-nat-per-az">(?s)(.*?)<\/g>/)).1
    #expect(!feasible.contains("ruled-out"))
  }

  /// nat-regional costs what nat-per-az costs: its line has a colour of its own.
  @Test func coincidingLinesStayVisible() throws {
    let svg = try Self.chart(["sweep", "--gb", "1..1000", "--services", "2", "--azs", "2"])
    #expect(
      svg.contains(##"id="line-nat-regional" class="design-line" fill="none" stroke="#f39c12""##))
    #expect(
      svg.contains(##"id="line-nat-per-az" class="design-line" fill="none" stroke="#c0392b""##))
  }

  /// A crossing between 5 and 6 services is marked where it falls.
  ///
  /// 3 AZs at 500 GB: NAT per AZ costs $132.00 whatever the services; PrivateLink per AZ costs
  /// $26.90 with one service and $21.90 more with each, so they meet at 1 + 105.10 / 21.90 =
  /// 5.799... services, between 5 and 6: marked there, at x = 96 + 614 x 4.799.../11 px.
  @Test func aCrossingBetweenTwoCountsIsMarked() throws {
    let svg = try Self.chart(["sweep", "--services", "1..12", "--gb", "500", "--azs", "3"])
    #expect(svg.contains(">Break-even: 5.8 services, $132.00</text>"))
    let circle = try #require(svg.firstMatch(of: /id="break-even-point" cx="([0-9.]+)"/))
    let expected = 96 + 614 * (105.1 / 21.9) / 11
    #expect(abs((Double(circle.1) ?? 0) - expected) < 0.2)
  }
}
