import VPCCostCore

/// The commands vpccost has, and the dispatch from arguments to one of them.
package struct CommandRegistry: Sendable {
  /// The top-level commands in overview order.
  package let commands: [any Command]

  /// Creates a registry (tests add commands of their own).
  package init(commands: [any Command]) { self.commands = commands }

  /// Every command vpccost ships.
  package static let standard = CommandRegistry(commands: [
    CompareCommand(), SweepCommand(), BatchCommand(), PricesCommand(), CFNJSONCommand(),
    ReviewCommand(), TemplateCommand(), HelpCommand(), VersionCommand(),
  ])

  /// The names of the top-level commands.
  package var names: [String] { commands.map(\.name) }

  /// The command the first words of the arguments name, and the arguments left for it.
  package func resolve(
    _ arguments: [String]
  ) throws(CLIError) -> (command: any Command, rest: [String]) {
    guard let first = arguments.first else {
      throw .usage(
        "no command given; usage: vpccost COMMAND [ARGUMENTS] [FLAGS] (commands: \(names.joined(separator: ", ")); see vpccost --help)"
      )
    }
    if first == "--help" || first == "-h" { return (HelpCommand(), Array(arguments.dropFirst())) }
    if first == "--version" { return (VersionCommand(), Array(arguments.dropFirst())) }
    var command = try Self.find(first, among: commands, context: nil)
    var rest = Array(arguments.dropFirst())
    while !command.subcommands.isEmpty, let next = rest.first, !next.hasPrefix("-") {
      if next == "help" {  // `prices help` is `prices --help`
        rest[0] = FlagSpec.help.name
        break
      }
      command = try Self.find(next, among: command.subcommands, context: command)
      rest.removeFirst()
    }
    return (command, rest)
  }

  /// The command with this name (the last word of its name), or a usage error with a hint.
  package func command(named words: [String]) -> (any Command)? {
    var candidates = commands
    var found: (any Command)?
    for word in words {
      guard let match = candidates.first(where: { $0.lastWord == word }) else { return nil }
      found = match
      candidates = match.subcommands
    }
    return found
  }

  private static func find(
    _ word: String, among candidates: [any Command], context: (any Command)?
  ) throws(CLIError) -> any Command {
    if let match = candidates.first(where: { $0.lastWord == word }) { return match }
    let words = candidates.map(\.lastWord)
    let options = ["--help", "--version"]
    let hint = ClosestMatch.suggestion(
      for: word, among: word.hasPrefix("-") && context == nil ? options : words
    ).map { "; did you mean '\($0)'?" }
    guard let context else {
      let what = word.hasPrefix("-") ? "unknown option" : "unknown command"
      throw .usage("\(what) \(quoting: word)\(hint ?? "") (see vpccost --help)")
    }
    throw .usage(
      "unknown \(context.name) command \(quoting: word)\(hint ?? "") (use \(words.joined(separator: ", ")))"
    )
  }
}
