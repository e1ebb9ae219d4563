/// `vpccost version` (also `--version`): the version, on standard output.
package struct VersionCommand: Command {
  package let info = CommandInfo(
    name: "version",
    summary: "print the version (also --version)",
    usage: ["--version"])

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try .text("vpccost \(CLI.version)\n")
  }
}
