/// One command-line flag: its name, whether it takes a value, and its help line.
public struct FlagSpec: Sendable {
  /// The flag as typed, such as `--azs`.
  public let name: String
  /// What to call the value in help (`N`, `SIZE`); nil for a switch without a value.
  public let valueName: String?
  /// One line of help.
  public let help: String

  /// Creates a flag description.
  public init(_ name: String, value valueName: String?, _ help: String) {
    self.name = name
    self.valueName = valueName
    self.help = help
  }
}
