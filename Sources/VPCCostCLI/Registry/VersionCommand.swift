/// `vpccost version` (also `--version`): the version, on standard output.
package struct VersionCommand: Command {
  package init() {}

  package var name: String { "version" }
  package var summary: String { "print the version (also --version)" }
  package var usage: [String] { ["--version"] }

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try .text("vpccost \(CLI.version)\n")
  }
}
