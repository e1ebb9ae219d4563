/// The help pages, generated from the commands' declarations.
package enum HelpPage {
  /// `vpccost help`: what vpccost is, and a line per command from its summary.
  package static func overview(_ registry: CommandRegistry) -> String {
    var text = """
      vpccost \(CLI.version): NAT gateway or PrivateLink? Monthly cost of the ways a private subnet
      reaches AWS services, line by line, with a recommendation and its break-even.

      USAGE
        vpccost COMMAND [ARGUMENTS] [FLAGS]

      COMMANDS

      """
    text += aligned(registry.commands.map { ($0.name, $0.summary) })
    text += """

      EXAMPLE
        vpccost compare --invokes 1e6 --azs 2 --services lambda,sts
        vpccost compare --gb 500 --region eu-west-1 --format json

      Prices are embedded in the binary (see PriceTables/); vpccost never uses the network.
      vpccost help COMMAND (or COMMAND --help) shows every flag of a command.

      """
    return text
  }

  /// `vpccost help NAME` and `vpccost NAME --help`.
  package static func render(_ command: any Command) -> String {
    var text = "vpccost \(command.name): \(command.summary)\n"
    if !command.info.discussion.isEmpty { text += "\n" + command.info.discussion + "\n" }
    text += "\nUSAGE\n" + command.info.usage.map { "  vpccost \($0)\n" }.joined()
    if !command.subcommands.isEmpty {
      text += "\nCOMMANDS\n"
      text += aligned(command.subcommands.map { ($0.lastWord, $0.summary) })
    }
    text += "\nFLAGS\n" + aligned(command.allFlags.map { (label($0), $0.help) })
    if !command.info.epilogue.isEmpty { text += "\n" + command.info.epilogue + "\n" }
    return text
  }

  /// Words joined by commas into lines of at most 90 characters, each indented.
  package static func wrap(_ words: [String], indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = pad
    for (index, word) in words.enumerated() {
      let piece = word + (index < words.count - 1 ? "," : "")
      if line.count > indent && line.count + 1 + piece.count > 90 {
        lines.append(line)
        line = pad
      }
      line += (line.count > indent ? " " : "") + piece
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// Aligned lines of a label and its text.
  static func aligned(_ rows: [(String, String)]) -> String {
    let width = rows.map(\.0.count).max() ?? 0
    return rows.map { label, help in
      "  " + label + String(repeating: " ", count: width - label.count + 2) + help + "\n"
    }.joined()
  }

  private static func label(_ flag: FlagSpec) -> String {
    flag.valueName.map { "\(flag.name) \($0)" } ?? flag.name
  }
}
