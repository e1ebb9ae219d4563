import VPCCostCore

/// The flags of one command as typed: each flag's text, and the arguments that are not flags.
///
/// `--` ends the flags: every argument after it is positional, even one starting with `-`.
/// `-h` is `--help`. Values are read back through the command's typed `Flag` and `Switch`
/// constants, never by a name written out again.
package struct ParsedFlags: Sendable {
  private var values: [String: String] = [:]
  /// Every value of a repeatable flag, in order.
  private var repeated: [String: [String]] = [:]
  /// Arguments that are not flags, in order.
  package private(set) var positionals: [String] = []

  /// Splits arguments by the command's flags; rejects unknown, repeated and value-less flags.
  package static func parse(
    _ arguments: [String], flags: [FlagSpec], command: String
  ) throws(CLIError) -> ParsedFlags {
    var parsed = ParsedFlags()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        parsed.positionals += arguments[index...]
        break
      }
      guard argument.hasPrefix("-"), argument.count > 1, !isNumber(argument) else {
        parsed.positionals.append(argument)
        continue
      }
      let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      // The short forms users bring from other tools: -h, -o FILE, -f FORMAT.
      let name = Self.shortForms[String(parts[0])] ?? String(parts[0])
      guard let spec = flags.first(where: { $0.name == name }) else {
        throw .usage(unknownFlagMessage(name, flags: flags, command: command))
      }
      guard parsed.values[name] == nil || spec.isRepeatable else {
        throw .usage("\(excerpt: name) is given twice; give it once")
      }
      if spec.valueName == nil {
        guard parts.count == 1 else { throw .usage("\(excerpt: name) takes no value") }
        parsed.values[name] = "true"
      } else if parts.count == 2 {
        parsed.values[name] = String(parts[1])
        parsed.repeated[name, default: []].append(String(parts[1]))
      } else if index < arguments.count {
        // A value that looks like a flag is a flag forgotten its value (`--output --format
        // csv`, `--output --`), never a file named `--format`: `--output=--x` or `./--x` say
        // so on purpose.
        guard !arguments[index].hasPrefix("--") else {
          throw .usage(
            "\(name) needs a value (\(spec.valueName ?? "VALUE")), not \(excerpt: arguments[index]); to give a value that starts with '--', write \(name)=\(arguments[index])"
          )
        }
        parsed.values[name] = arguments[index]
        parsed.repeated[name, default: []].append(arguments[index])
        index += 1
      } else {
        throw .usage("\(name) needs a value (\(spec.valueName ?? "VALUE")): \(spec.help)")
      }
    }
    return parsed
  }

  /// Short flags and the long flags they stand for.
  static let shortForms = ["-h": FlagSpec.help.name, "-o": "--output", "-f": "--format"]

  /// The typed value of a flag, or nil when it was not given.
  package func value<Value>(of flag: Flag<Value>) throws(CLIError) -> Value? {
    guard let text = values[flag.spec.name] else { return nil }
    return try flag.parse(text)
  }

  /// Every typed value of a repeatable flag, in the order given (empty when not given).
  package func values<Value>(of flag: Flag<Value>) throws(CLIError) -> [Value] {
    var result: [Value] = []
    for text in repeated[flag.spec.name] ?? [] { result.append(try flag.parse(text)) }
    return result
  }

  /// Whether a switch was given.
  package func isSet(_ flag: Switch) -> Bool { values[flag.spec.name] != nil }

  /// Whether `--quiet` was given.
  package var isQuiet: Bool { values[FlagSpec.quiet.name] != nil }

  /// Whether `--help` or `-h` was given.
  package var wantsHelp: Bool { values[FlagSpec.help.name] != nil }

  /// The text given for a flag described only by its spec (the workload flags, which the
  /// workload parser checks).
  package func text(of spec: FlagSpec) -> String? { values[spec.name] }

  private static func isNumber(_ text: String) -> Bool {
    text.dropFirst().first.map { $0.isNumber || $0 == "." } ?? false
  }

  private static func unknownFlagMessage(
    _ name: String, flags: [FlagSpec], command: String
  ) -> String {
    let hint = ClosestMatch.suggestion(for: name, among: flags.map(\.name)).map {
      "; did you mean \($0)?"
    }
    return
      "unknown flag \(excerpt: name) for '\(command)'\(hint ?? "") (see vpccost help \(command))"
  }
}
