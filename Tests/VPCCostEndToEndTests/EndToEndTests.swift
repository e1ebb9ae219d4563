import Foundation
import Testing
import VPCCostTestSupport

/// The built `vpccost` binary, run as a user runs it.
@Suite struct EndToEndTests {

  @Test func mainJobRecommendsPrivateLinkPerAZ() throws {
    let result = try BuiltBinary.run(
      BuiltBinary.url, ["compare", "--invokes", "1e6", "--azs", "2"])
    #expect(result.status == 0)
    // The shipped tables are from 2025-11-04: after 180 days, one note on stderr says so.
    #expect(
      result.stderr.isEmpty || result.stderr.hasPrefix("vpccost: note: the us-east-1 prices are "))
    #expect(
      result.stdout.contains(
        "Recommendation: privatelink-per-az (PrivateLink per AZ) at $14.64 a month"))
    #expect(result.stdout.contains("$73.17"))
  }

  /// Copied to another folder, with no build folder or PriceTables/ near it, it still prices.
  @Test func runsFromAnotherFolderWithEmbeddedTables() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vpccost-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("vpccost")
    try FileManager.default.copyItem(at: BuiltBinary.url, to: copy)
    let result = try BuiltBinary.run(
      copy, ["compare", "--region", "eu-west-1", "--gb", "100", "--format", "json"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains(#""origin": "embedded:eu-west-1""#))
    // 2 x 730 x 0.011 + 100 x 0.01 = 16.06 + 1
    #expect(result.stdout.contains(#""monthlyCost": "17.06""#))
  }

  @Test func badInputExitsWithUsageAndPrintsNothingOnStdout() throws {
    let result = try BuiltBinary.run(BuiltBinary.url, ["compare", "--azs", "9"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "vpccost: error: --azs '9' is more than the 6 AZs us-east-1 has; give 1 to 6\n")
  }

  /// --prices reads a folder of tables at run time; a malformed one is exit 65 naming file and key.
  @Test func pricesOverrideAndMalformedTable() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vpccost-prices-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(TestSupport.tableJSON(natHourly: "0.1").utf8)
      .write(to: folder.appendingPathComponent("us-east-1.json"))
    let good = try BuiltBinary.run(
      BuiltBinary.url, ["compare", "--prices", folder.path, "--gb", "0", "--format", "json"])
    #expect(good.status == 0)
    // nat-per-az: 2 x 730 x (0.1 + 0.005) = 153.3
    #expect(good.stdout.contains(#""monthlyCost": "153.3""#))
    try Data(TestSupport.tableJSON(natHourly: "0,1").utf8)
      .write(to: folder.appendingPathComponent("us-east-1.json"))
    let bad = try BuiltBinary.run(BuiltBinary.url, ["compare", "--prices", folder.path])
    #expect(bad.status == 65)
    #expect(bad.stdout.isEmpty)
    #expect(
      bad.stderr.contains("us-east-1.json: key natGateway.hourly: '0,1' is not a decimal price"))
    let missing = try BuiltBinary.run(
      BuiltBinary.url, ["compare", "--prices", folder.path, "--region", "eu-west-1"])
    #expect(missing.status == 64)
    #expect(
      missing.stderr.contains("unknown region 'eu-west-1': no price table for it in \(folder.path)")
    )
  }
}
