/// `vpccost prices`: the group of commands that see, check and refresh the price tables.
package struct PricesCommand: Command {
  package init() {}

  package var name: String { "prices" }
  package var summary: String { "see, check and refresh the price tables" }
  package var usage: [String] { subcommands.flatMap(\.usage) }
  package var subcommands: [any Command] {
    [PricesListCommand(), PricesShowCommand(), PricesValidateCommand(), ImportCommand()]
  }
}
