/// One vpccost command: its declaration (`info`) and what it does (`run`).
///
/// The registry lists the commands; `vpccost help`, `help NAME`, `NAME --help`, "did you mean"
/// and dispatch are all generated from these declarations, so help cannot drift from code.
package protocol Command: Sendable {
  /// Its name, summary, usage, help text, flags and subcommands.
  var info: CommandInfo { get }

  /// Runs it with its flags parsed.
  func run(_ invocation: Invocation) throws(CLIError) -> CommandResult
}

extension Command {
  /// The words after `vpccost` that name it: `compare`, or `prices import`.
  package var name: String { info.name }
  /// One line for the overview and the top of its help page.
  package var summary: String { info.summary }
  /// Its subcommands (`prices list`, ...); empty for a command that runs itself.
  package var subcommands: [any Command] { info.subcommands }

  /// Its flags with `--quiet` and `--help`, as parsing and help see them.
  package var allFlags: [FlagSpec] { info.flags + [FlagSpec.quiet, FlagSpec.help] }

  /// The last word of the name: `import` for `prices import`.
  var lastWord: String { String(name.split(separator: " ").last ?? "") }
}
