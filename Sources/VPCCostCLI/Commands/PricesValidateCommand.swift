import VPCCostFormats

/// `vpccost prices validate [PATH ...]`: checks tables and reports every problem.
package struct PricesValidateCommand: Command {
  package init() {}

  package var name: String { "prices validate" }
  package var summary: String { "check the embedded tables, or table files and folders" }
  package var discussion: String {
    """
    Checks the embedded tables, or the table files and folders given, and prints one line per
    problem (file and key); exits 65 when there is any.
    """
  }
  package var usage: [String] { ["prices validate [PATH ...]"] }

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let (count, problems) = PriceTableChecker.check(paths: invocation.positionals)
    guard problems.isEmpty else { throw .problems(problems.map(\.description)) }
    let source = invocation.positionals.isEmpty ? "embedded " : ""
    return try .text("\(count) \(source)price table\(count == 1 ? "" : "s") valid\n")
  }
}
