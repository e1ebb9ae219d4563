/// `vpccost prices`: the group of commands that see, check and refresh the price tables.
package struct PricesCommand: Command {
  static let subcommands: [any Command] = [
    PricesListCommand(), PricesShowCommand(), PricesValidateCommand(), ImportCommand(),
  ]

  package let info = CommandInfo(
    name: "prices", summary: "see, check and refresh the price tables",
    usage: PricesCommand.subcommands.flatMap(\.info.usage), subcommands: PricesCommand.subcommands)

  /// A group has nothing to run of its own: it prints its help.
  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try .text(HelpPage.render(self))
  }
}
