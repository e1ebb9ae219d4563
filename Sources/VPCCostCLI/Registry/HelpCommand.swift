import VPCCostCore

/// `vpccost help [COMMAND ...]`: the overview, or one command's help page.
package struct HelpCommand: Command {
  package let info = CommandInfo(
    name: "help",
    summary: "show this overview, or every flag of one command",
    usage: ["help [COMMAND [SUBCOMMAND]]"])

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let registry = invocation.environment.registry
    let words = invocation.positionals
    guard !words.isEmpty else { return try .text(HelpPage.overview(registry)) }
    guard let command = registry.command(named: words) else {
      let asked = words.joined(separator: " ")
      let hint = ClosestMatch.suggestion(for: words[0], among: registry.names).map {
        "; did you mean '\($0)'?"
      }
      throw .usage(
        "no help for \(quoting: asked)\(hint ?? "") (commands: \(registry.names.joined(separator: ", ")))"
      )
    }
    return try .text(HelpPage.render(command))
  }
}
