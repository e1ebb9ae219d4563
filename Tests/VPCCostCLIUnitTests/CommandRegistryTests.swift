import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// One command registry: dispatch, every help page and "did you mean" come from the commands'
/// declarations; `--` ends the flags; `-h` works everywhere; a bug exits 70.
@Suite struct CommandRegistryTests {
  /// Every command and subcommand, by the words that name it.
  static let allNames: [[String]] = CommandRegistry.standard.commands.flatMap { command in
    [[command.name]] + command.subcommands.map { $0.name.split(separator: " ").map(String.init) }
  }

  @Test func everyCommandIsInTheOverviewWithItsSummary() {
    let overview = TestSupport.run(["help"]).stdout
    for command in CommandRegistry.standard.commands {
      #expect(overview.contains("  \(command.name)"), "\(command.name)")
      #expect(overview.contains(command.summary), "\(command.name)")
    }
  }

  /// `help NAME`, `NAME --help` and `NAME -h` print the same page, generated from the command,
  /// with every flag it parses.
  @Test(arguments: allNames)
  func helpIsTheSameEverywhereAndListsEveryFlag(words: [String]) throws {
    let command = try #require(CommandRegistry.standard.command(named: words))
    let page = TestSupport.run(["help"] + words)
    #expect(page.code == .ok)
    #expect(page.stdout == HelpPage.render(command))
    #expect(page.stdout.hasPrefix("vpccost \(command.name): \(command.summary)\n"))
    for flag in command.allFlags { #expect(page.stdout.contains(flag.name), "\(flag.name)") }
    for spelling in ["--help", "-h"] {
      let asked = TestSupport.run(words + [spelling])
      #expect(asked.code == .ok, "\(words) \(spelling): \(asked.stderr)")
      #expect(asked.stdout == page.stdout, "\(words) \(spelling)")
    }
  }

  /// A group's help answers to `help` as well: `prices help` is `prices --help`.
  @Test func groupsAnswerHelp() {
    let page = TestSupport.run(["prices", "help"])
    #expect(page.code == .ok)
    #expect(page.stdout == TestSupport.run(["help", "prices"]).stdout)
    #expect(page.stdout.contains("COMMANDS\n  list "))
    #expect(TestSupport.run(["prices"]).stdout == page.stdout)
  }

  /// The help names today's designs, all nine, not "the four designs" of the first version.
  @Test func helpNamesEveryDesign() {
    let compare = TestSupport.run(["help", "compare"]).stdout
    for design in DesignID.allCases { #expect(compare.contains(design.rawValue), "\(design)") }
    let everything =
      Self.allNames.map { TestSupport.run(["help"] + $0).stdout }.joined()
      + TestSupport.run(["help"]).stdout
    #expect(!everything.contains("four designs"))
  }

  /// After `--`, an argument that starts with `-` is a file name, not a flag.
  @Test func doubleDashEndsTheFlags() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vpccost-dash-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("name,gb\napi,5\n".utf8).write(to: folder.appendingPathComponent("-dash.csv"))
    let path = folder.appendingPathComponent("-dash.csv").path
    let result = TestSupport.run(["batch", "--summary", "--", path])
    #expect(result.code == .ok, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("name,"))
    #expect(result.stdout.contains("\napi,"))
    let flagAfter = TestSupport.run(["compare", "--", "--azs"])
    #expect(flagAfter.code == .usage)
    #expect(
      flagAfter.stderr
        == "vpccost: error: unexpected argument '--azs' for 'compare' (flags take the form --azs 2)\n"
    )
  }

  @Test(arguments: [
    (["comapre"], "unknown command 'comapre'; did you mean 'compare'? (see vpccost --help)"),
    (["--verison"], "unknown option '--verison'; did you mean '--version'? (see vpccost --help)"),
    (
      ["prices", "lsit"],
      "unknown prices command 'lsit'; did you mean 'list'? (use list, show, validate, import)"
    ),
    (["help", "sweeep"], "no help for 'sweeep'; did you mean 'sweep'?"),
  ])
  func unknownCommandsSuggestTheClosest(arguments: [String], message: String) {
    let result = TestSupport.run(arguments)
    #expect(result.code == .usage)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("vpccost: error: " + message), "\(result.stderr)")
  }

  /// A command that fails with an error no layer declares: exit 70, one line that says it is a
  /// bug and how to report it, nothing on stdout.
  @Test func anUnexpectedErrorIsAnInternalErrorExit70() {
    struct Unexpected: Error {}
    struct Failing: Command {
      let info = CommandInfo(name: "fail", summary: "fails", usage: ["fail"])
      func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
        throw CLIError(Unexpected())
      }
    }
    let registry = CommandRegistry(commands: CommandRegistry.standard.commands + [Failing()])
    var stdout = ""
    var stderr = ""
    let code = CLI.run(
      ["fail"], stdout: &stdout, stderr: &stderr,
      environment: CLIEnvironment(today: "2025-12-01", registry: registry))
    #expect(code == .software)
    #expect(code.rawValue == 70)
    #expect(stdout.isEmpty)
    #expect(
      stderr
        == "vpccost: error: internal error (a bug in vpccost \(CLI.version), not in your input): Unexpected: Unexpected(); please report it with the command line that caused it\n"
    )
  }

  /// Every workload field has exactly one flag, named as the field says.
  @Test func everyWorkloadFieldHasItsFlag() {
    #expect(WorkloadFlags.all.map(\.name).sorted() == WorkloadField.allCases.map(\.flag).sorted())
    for field in WorkloadField.allCases { #expect(WorkloadFlags.spec(field).name == field.flag) }
  }

  /// Typed flags: each value is parsed where the flag is declared, and its error names it.
  @Test func typedFlagsParseWhereTheyAreDeclared() throws {
    let parsed = try ParsedFlags.parse(
      ["--points", "7", "--scale", "linear", "--format", "json", "--gb", "1..10"],
      flags: SweepCommand().allFlags, command: "sweep")
    #expect(try parsed.value(of: SweepCommand.points) == 7)
    #expect(try parsed.value(of: SweepCommand.scale) == .linear)
    #expect(try parsed.value(of: SweepCommand.format) == .json)
    #expect(try parsed.value(of: CommonFlags.output) == nil)
    #expect(throws: CLIError.usage("--points '1' is not a whole number from 2 to 1000")) {
      try ParsedFlags.parse(["--points", "1"], flags: SweepCommand().allFlags, command: "sweep")
        .value(of: SweepCommand.points)
    }
  }
}
