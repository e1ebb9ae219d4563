import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostReview

/// The review gates CI: exit 1 at or above `--fail-on`, SARIF for code scanning, standard
/// input, `--quiet` and `VPCCOST_PRICES`.
@Suite struct ReviewGateTests {
  /// The published template: errors (the principal, the role), warnings (open ingress,
  /// wildcard, runtimes), and one info (its subnet parameters: the AZ count is not shown).
  static let fixture = TestSupport.samFixture

  @Test(arguments: [
    ("error", ExitCode.findings), ("warning", .findings), ("info", .findings), ("never", .ok),
  ])
  func failOnGatesTheExitStatus(level: String, expected: ExitCode) {
    let result = TestSupport.run(["review", Self.fixture, "--fail-on", level])
    #expect(result.code == expected)
    #expect(result.stdout.contains("Findings (7)"), "the report is written whatever the status")
  }

  /// A template with warnings only passes the default gate and fails `--fail-on warning`.
  @Test func warningsPassTheDefaultGate() throws {
    // The generated single-NAT fragment has one finding: a warning (one NAT for 3 AZs).
    let nat = try TestSupport.file(
      try TestSupport.generatedTemplate(.natSingleAZ), name: "nat-single-az.yaml")
    #expect(TestSupport.run(["review", nat]).code == .ok)
    #expect(TestSupport.run(["review", nat, "--fail-on", "warning"]).code == .findings)
    #expect(TestSupport.run(["review", nat, "--fail-on", "sometimes"]).code == .usage)
  }

  @Test func sarifHasARulePerCheckAndAResultPerFinding() throws {
    let result = TestSupport.run(["review", Self.fixture, "--format", "sarif"])
    #expect(result.code == .findings)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["version"] as? String == "2.1.0")
    let run = try #require((document["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ReviewRule.allCases.map(\.id))
    #expect(Set(rules.compactMap { $0["id"] as? String }).count == 21)  // VPCC001 to VPCC021
    for rule in rules {
      for key in ["shortDescription", "fullDescription", "help"] {
        #expect(((rule[key] as? [String: Any])?["text"] as? String)?.isEmpty == false)
      }
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 7)  // six problems and the VPCC013 note of the unknown AZs
    // The principal written as a Markdown link: an error of rule VPCC010 on line 58.
    let principal = try #require(results.first { $0["ruleId"] as? String == "VPCC010" })
    #expect(principal["level"] as? String == "error")
    let location = try #require(
      (principal["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    // The fixture's path relative to the working folder, as the URI should give it.
    let cwd = FileManager.default.currentDirectoryPath
    let expected =
      Self.fixture.hasPrefix(cwd + "/")
      ? String(Self.fixture.dropFirst(cwd.count + 1)) : Self.fixture
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == expected)
    #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 58)
    #expect(Set(results.compactMap { $0["level"] as? String }) == ["error", "warning", "note"])
  }

  @Test func urisAreRelativeToTheWorkingFolder() {
    let base = "/work/repo"
    #expect(
      ReviewCommand.relativeURI("/work/repo/infra/template.yaml", from: base)
        == "infra/template.yaml")
    #expect(
      ReviewCommand.relativeURI("/work/repo/infra/t.yaml", from: base + "/") == "infra/t.yaml")
    #expect(ReviewCommand.relativeURI("./infra/t.yaml", from: base) == "infra/t.yaml")
    #expect(
      ReviewCommand.relativeURI("/work/repository/t.yaml", from: base) == "/work/repository/t.yaml")
    #expect(ReviewCommand.relativeURI("/elsewhere/t.yaml", from: base) == "/elsewhere/t.yaml")
    #expect(ReviewCommand.relativeURI("-", from: base) == "standard-input")
    let cwd = FileManager.default.currentDirectoryPath
    #expect(ReviewCommand.relativeURI(cwd + "/infra/template.yaml") == "infra/template.yaml")
  }

  @Test func quietDropsNotesButNotErrors() {
    let stale = CLIEnvironment(today: "2027-06-01")
    #expect(TestSupport.run(["compare"], environment: stale).stderr.contains("note:"))
    let quiet = TestSupport.run(["compare", "--quiet"], environment: stale)
    #expect(quiet.code == .ok)
    #expect(quiet.stderr.isEmpty)
    let error = TestSupport.run(["compare", "--quiet", "--azs", "0"], environment: stale)
    #expect(error.code == .usage)
    #expect(error.stderr.hasPrefix("vpccost: error: --azs '0'"))
  }

  /// `VPCCOST_PRICES` names the default tables; `--prices` wins over it.
  @Test func pricesFromTheEnvironmentAndTheFlagWins() throws {
    let folder = try TestSupport.temporaryFolder()
    let table = folder.appendingPathComponent("us-east-1.json")
    try Data(TestSupport.tableJSON(natHourly: "0.5").utf8).write(to: table)
    let environment = CLIEnvironment(today: "2025-12-01", pricesPath: table.path)
    let fromEnvironment = TestSupport.run(
      ["compare", "--format", "json"], environment: environment)
    #expect(fromEnvironment.stdout.contains(#""unitPrice": "0.5""#), "\(fromEnvironment.stderr)")
    let broken = CLIEnvironment(today: "2025-12-01", pricesPath: "/nonexistent")
    #expect(TestSupport.run(["compare"], environment: broken).code == .noInput)
    let flagWins = TestSupport.run(
      ["compare", "--format", "json", "--prices", table.path], environment: broken)
    #expect(flagWins.code == .ok, "\(flagWins.stderr)")
    #expect(flagWins.stdout.contains(#""unitPrice": "0.5""#))
  }
}

/// The smaller promises of issue 13, each held.
@Suite struct WordingTests {
  @Test func reviewReadsStandardInput() throws {
    let result = try BuiltBinary.run(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c",
        "'\(BuiltBinary.url.path)' review - --fail-on never --quiet < '\(TestSupport.samFixture)'",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("The template builds: privatelink-per-az"))
    #expect(result.stdout.hasPrefix("Review of standard input\n"))
  }

  @Test func aJSONObjectGivenToBatchIsAJSONError() throws {
    let result = TestSupport.run([
      "batch", try TestSupport.file(#"{"name": "api"}"#, name: "o.json"),
    ])
    #expect(result.code == .dataError)
    #expect(
      result.stderr.contains("a JSON object; a batch file in JSON is an array of workload objects"))
  }

  /// `prices validate` names every problem of a file, not only the first.
  @Test func validateReportsEveryProblemOfAFile() throws {
    let folder = try TestSupport.temporaryFolder()
    let json = TestSupport.tableJSON(natHourly: "0,045", crossAZ: "-1")
    try Data(json.utf8).write(to: folder.appendingPathComponent("us-east-1.json"))
    let result = TestSupport.run(["prices", "validate", folder.path])
    #expect(result.code == .dataError)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 2, "\(result.stderr)")
    #expect(lines.contains { $0.contains("key natGateway.hourly: '0,045' is not a decimal price") })
    #expect(lines.contains { $0.contains("key crossAZ.perGBEachDirection: '-1' is negative") })
  }

  @Test func helpHelpIsTheHelpPageOfHelp() {
    let result = TestSupport.run(["help", "help"])
    #expect(result.code == .ok)
    #expect(
      result.stdout.hasPrefix("vpccost help: show this overview, or every flag of one command"))
  }
}
