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

  /// `--help`, which every command takes.
  public static let helpFlag = FlagSpec("--help", value: nil, "show this help")
  /// `--output FILE`, written whole or not at all.
  public static let outputFlag = FlagSpec(
    "--output", value: "FILE",
    "write to FILE (created whole or not at all) instead of standard output")
  /// `--prices PATH`, tables used instead of the embedded ones.
  public static let pricesFlag = FlagSpec(
    "--prices", value: "PATH", "price table file or folder to use instead of the embedded ones")
}
