import Foundation
import Testing

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats

/// Shared helpers for the test suites.
package enum TestSupport {
  /// The package root, found from this file's path.
  package static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The fixtures folder: templates, offers, workloads, the SARIF schema.
  package static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

  /// The templates among the fixtures.
  package static let templates = fixtures.appendingPathComponent("templates")

  /// The published SAM template the product was started for.
  package static let samFixture = templates.appendingPathComponent("sam-vpc-lambda.yaml").path

  /// A new empty folder under the temporary folder.
  package static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vpccost-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes text to a file in a new temporary folder and returns its path.
  package static func file(_ text: String, name: String = "in.csv") throws -> String {
    let url = try temporaryFolder().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// A date within 180 days of the shipped tables (2025-11-04), so that no staleness note shows.
  package static let freshDay = CLIEnvironment(today: "2025-12-01")

  /// Runs the CLI in-process and returns its exit code and both streams.
  package static func run(
    _ arguments: [String], environment: CLIEnvironment = freshDay
  ) -> (code: ExitCode, stdout: String, stderr: String) {
    var stdout = ""
    var stderr = ""
    let code = CLI.run(arguments, stdout: &stdout, stderr: &stderr, environment: environment)
    return (code, stdout, stderr)
  }

  /// An embedded table.
  package static func table(_ region: String) throws -> PriceTable {
    try PriceCatalog.embedded.table(for: region)
  }

  /// Parses a workload from flag-like pairs against a region's embedded table.
  package static func workload(_ values: [WorkloadField: String]) throws -> (Workload, PriceTable) {
    var input = WorkloadInput()
    for (field, value) in values { input[field] = value }
    let table = try table(WorkloadParser.region(of: input))
    return (try WorkloadParser.parse(input, table: table), table)
  }

  /// Exact money from decimal text; fails the test when the text is not a number.
  package static func money(_ text: String) -> Money {
    guard let money = Money(text) else {
      Issue.record("not money: \(text)")
      return .zero
    }
    return money
  }

  /// An exact quantity from decimal text.
  package static func quantity(_ text: String) -> Quantity {
    guard case .success(let quantity) = Quantity.parse(text, limit: WorkloadLimits.maxGB) else {
      Issue.record("not a quantity: \(text)")
      return .zero
    }
    return quantity
  }

  /// A table file as JSON text with the given prices, for tests that need made-up prices.
  package static func tableJSON(
    region: String = "us-east-1", natHourly: String = "0.045", natPerGB: String = "0.045",
    endpointHourly: String = "0.01",
    tiers: String = """
    [{"upToGB": "1048576", "perGB": "0.01"}, {"upToGB": "5242880", "perGB": "0.006"}, {"perGB": "0.004"}]
    """, ipv4: String = "0.005", crossAZ: String = "0.01", extra: String = ""
  ) -> String {
    """
    {"schemaVersion": 1, "region": "\(region)", "location": "Test", "currency": "USD",
     "azCount": 3, "effectiveDate": "2025-11-04", "source": "test", "confidence": "price-list",
     "natGateway": {"hourly": "\(natHourly)", "perGB": "\(natPerGB)"},
     "interfaceEndpoint": {"hourlyPerAZ": "\(endpointHourly)", "dataTiers": \(tiers)},
     "publicIPv4": {"hourly": "\(ipv4)"}, "crossAZ": {"perGBEachDirection": "\(crossAZ)"}\(extra)}
    """
  }

  /// Decodes a made-up table.
  package static func decodeTable(_ json: String) throws(PriceTableError) -> PriceTable {
    try PriceTableDecoder.decode(Array(json.utf8), origin: "test.json", expectedRegion: nil)
  }

  /// The cost of one line item of one design.
  package static func cost(_ comparison: Comparison, _ design: DesignID, _ item: LineItemID)
    -> Money?
  {
    comparison.cost(of: design)?.lineItems.first { $0.id == item }?.cost
  }

  /// The template `vpccost template` writes for a design, checked to succeed.
  package static func generatedTemplate(_ design: DesignID, azs: Int = 3, format: String = "yaml")
    throws -> String
  {
    let result = TestSupport.run([
      "template", "--design", design.rawValue, "--azs", String(azs), "--services", "lambda,sts",
      "--format", format,
    ])
    #expect(result.code == .ok, "\(result.stderr)")
    return result.stdout
  }
}
