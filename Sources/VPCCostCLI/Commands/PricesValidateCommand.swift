import VPCCostFormats

/// `vpccost prices validate [PATH ...]`: checks tables and reports every problem.
package struct PricesValidateCommand: Command {
  package let info = CommandInfo(
    name: "prices validate",
    summary: "check the embedded tables, or table files and folders",
    usage: ["prices validate [PATH ...]"],
    discussion: """
      Checks the embedded tables, or the table files and folders given, and prints one line per
      problem (file and key); exits 65 when there is any.
      """)

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let (count, problems) = PriceTableChecker.check(paths: invocation.positionals)
    guard problems.isEmpty else { throw .problems(problems.map(\.description)) }
    let source = invocation.positionals.isEmpty ? "embedded " : ""
    return try .text("\(count) \(source)price table\(count == 1 ? "" : "s") valid\n")
  }
}
