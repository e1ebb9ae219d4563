/// One command-line flag as help shows it: its name, the name of its value, and one line.
package struct FlagSpec: Sendable, Hashable {
  /// The flag as typed, such as `--azs`.
  package let name: String
  /// What to call the value in help (`N`, `SIZE`); nil for a switch without a value.
  package let valueName: String?
  /// One line of help.
  package let help: String
  /// Whether it may be given more than once (each value is kept, in order).
  package let isRepeatable: Bool

  /// Creates a flag description.
  package init(_ name: String, value valueName: String?, _ help: String, repeatable: Bool = false) {
    self.name = name
    self.valueName = valueName
    self.help = help
    self.isRepeatable = repeatable
  }

  /// `--help` (also `-h`), which every command takes; the registry adds it.
  package static let help = FlagSpec("--help", value: nil, "show this help (also -h)")
  /// `--quiet`, which every command takes: no notes on standard error (errors still).
  package static let quiet = FlagSpec(
    "--quiet", value: nil, "no notes (stale prices, ...) on standard error; errors still show")
}
