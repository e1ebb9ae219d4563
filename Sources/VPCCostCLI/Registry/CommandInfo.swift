/// What a command declares about itself: everything its help page and the dispatcher need.
package struct CommandInfo: Sendable {
  /// The words after `vpccost` that name it: `compare`, or `prices import` for a subcommand.
  package let name: String
  /// One line for the overview and the top of its help page.
  package let summary: String
  /// The usage lines, each without the leading `vpccost `.
  package let usage: [String]
  /// Paragraphs between the title and the usage (what it reads, writes, assumes); may be empty.
  package let discussion: String
  /// The flags it takes, in help order (`--help` is added for every command).
  package let flags: [FlagSpec]
  /// Sections after the flags (units, exit status); may be empty.
  package let epilogue: String
  /// Its subcommands; a command with subcommands prints its help when run alone.
  package let subcommands: [any Command]

  /// Declares a command.
  package init(
    name: String, summary: String, usage: [String], discussion: String = "",
    flags: [any DeclaredFlag] = [], epilogue: String = "", subcommands: [any Command] = []
  ) {
    self.name = name
    self.summary = summary
    self.usage = usage
    self.discussion = discussion
    self.flags = flags.map(\.spec)
    self.epilogue = epilogue
    self.subcommands = subcommands
  }
}
