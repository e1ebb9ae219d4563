/// The flags of one command as typed: each flag's value, and the arguments that are not flags.
public struct ParsedFlags: Sendable {
  /// The value of each flag given (`"true"` for a switch).
  public private(set) var values: [String: String] = [:]
  /// Arguments that are not flags, in order.
  public private(set) var positionals: [String] = []

  /// Splits arguments by the command's flags; rejects unknown, repeated and value-less flags.
  public static func parse(
    _ arguments: [String], flags: [FlagSpec], command: String
  ) throws(CLIError) -> ParsedFlags {
    var parsed = ParsedFlags()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("-"), argument.count > 1, !isNumber(argument) else {
        parsed.positionals.append(argument)
        continue
      }
      let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0])
      guard let spec = flags.first(where: { $0.name == name }) else {
        throw .usage(unknownFlagMessage(name, flags: flags, command: command))
      }
      guard parsed.values[name] == nil else {
        throw .usage("\(name) is given twice; give it once")
      }
      if spec.valueName == nil {
        guard parts.count == 1 else { throw .usage("\(name) takes no value") }
        parsed.values[name] = "true"
      } else if parts.count == 2 {
        parsed.values[name] = String(parts[1])
      } else if index < arguments.count {
        parsed.values[name] = arguments[index]
        index += 1
      } else {
        throw .usage("\(name) needs a value (\(spec.valueName ?? "VALUE")): \(spec.help)")
      }
    }
    return parsed
  }

  private static func isNumber(_ text: String) -> Bool {
    text.dropFirst().first.map { $0.isNumber || $0 == "." } ?? false
  }

  private static func unknownFlagMessage(
    _ name: String, flags: [FlagSpec], command: String
  ) -> String {
    let hint = ClosestMatch.suggestion(for: name, among: flags.map(\.name)).map {
      "; did you mean \($0)?"
    }
    return "unknown flag \(name) for '\(command)'\(hint ?? "") (see vpccost help \(command))"
  }
}
