import Foundation
import Testing

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Shared helpers for the test suites.
enum TestSupport {
  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A date within 180 days of the shipped tables (2025-11-04), so that no staleness note shows.
  static let freshDay = CLIEnvironment(today: "2025-12-01")

  /// Runs the CLI in-process and returns its exit code and both streams.
  static func run(
    _ arguments: [String], environment: CLIEnvironment = freshDay
  ) -> (code: ExitCode, stdout: String, stderr: String) {
    var stdout = ""
    var stderr = ""
    let code = CLI.run(arguments, stdout: &stdout, stderr: &stderr, environment: environment)
    return (code, stdout, stderr)
  }

  /// An embedded table.
  static func table(_ region: String) throws -> PriceTable {
    try PriceCatalog.embedded.table(for: region)
  }

  /// Parses a workload from flag-like pairs against a region's embedded table.
  static func workload(_ values: [WorkloadField: String]) throws -> (Workload, PriceTable) {
    var input = WorkloadInput()
    for (field, value) in values { input[field] = value }
    let table = try table(WorkloadParser.region(of: input))
    return (try WorkloadParser.parse(input, table: table), table)
  }

  /// Exact money from decimal text; fails the test when the text is not a number.
  static func money(_ text: String) -> Money {
    guard let money = Money(text) else {
      Issue.record("not money: \(text)")
      return .zero
    }
    return money
  }

  /// An exact quantity from decimal text.
  static func quantity(_ text: String) -> Quantity {
    guard case .success(let quantity) = Quantity.parse(text, limit: WorkloadLimits.maxGB) else {
      Issue.record("not a quantity: \(text)")
      return .zero
    }
    return quantity
  }

  /// A table file as JSON text with the given prices, for tests that need made-up prices.
  static func tableJSON(
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
  static func decodeTable(_ json: String) throws(PriceTableError) -> PriceTable {
    try PriceTableDecoder.decode(Array(json.utf8), origin: "test.json", expectedRegion: nil)
  }

  /// The cost of one line item of one design.
  static func cost(_ comparison: Comparison, _ design: DesignID, _ item: LineItemID) -> Money? {
    comparison.cost(of: design)?.lineItems.first { $0.id == item }?.cost
  }
}
