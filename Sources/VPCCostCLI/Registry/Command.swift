/// One vpccost command: everything the dispatcher and its help page need, in one place.
///
/// The registry lists the commands; `vpccost help`, `help NAME`, `NAME --help`, "did you mean"
/// and dispatch are all generated from these declarations, so help cannot drift from code.
package protocol Command: Sendable {
  /// The words after `vpccost` that name it: `compare`, or `prices import` for a subcommand.
  var name: String { get }
  /// One line for the overview and the top of its help page.
  var summary: String { get }
  /// The usage lines, each without the leading `vpccost `.
  var usage: [String] { get }
  /// Paragraphs between the usage and the flags (what it reads, writes, assumes); may be empty.
  var discussion: String { get }
  /// The flags it takes, in help order (the registry adds `--help`).
  var flags: [FlagSpec] { get }
  /// Sections after the flags (units, exit status); may be empty.
  var epilogue: String { get }
  /// Its subcommands (`prices list`, ...); empty for a command that runs itself.
  var subcommands: [any Command] { get }

  /// Runs it with its flags parsed.
  func run(_ invocation: Invocation) throws(CLIError) -> CommandResult
}

extension Command {
  package var discussion: String { "" }
  package var epilogue: String { "" }
  package var subcommands: [any Command] { [] }
  package var flags: [FlagSpec] { [] }

  /// Its flags with `--help`, as parsing and help see them.
  package var allFlags: [FlagSpec] { flags + [FlagSpec.help] }

  /// A group of subcommands has nothing to run of its own: it prints its help.
  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try .text(HelpPage.render(self))
  }
}
