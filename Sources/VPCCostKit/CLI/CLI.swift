/// The whole command line: parses the arguments, runs a command, and says what to print.
///
/// It writes to the streams it is given, never to globals, so tests run it in-process. Only
/// `main.swift` calls `exit`.
public enum CLI {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  /// The commands, for "did you mean" hints.
  static let commands = [
    "compare", "sweep", "batch", "prices", "cfn-json", "review", "template", "help",
  ]

  /// Runs one command line (without the program name) and returns the exit code.
  ///
  /// On failure nothing is written to `stdout`, and `stderr` gets one line.
  public static func run(
    _ arguments: [String], stdout: inout some TextOutputStream,
    stderr: inout some TextOutputStream, environment: CLIEnvironment = .live
  ) -> ExitCode {
    do throws(CLIError) {
      let result = try execute(arguments, environment: environment)
      for note in result.notes { stderr.write("vpccost: note: \(oneLine(note))\n") }
      do {
        for attachment in result.attachments { try attachment.finish(to: &stdout) }
        try result.output.finish(to: &stdout)
      } catch {
        throw CLIError.output(error)
      }
      return .ok
    } catch {
      if case .problems(let lines) = error {
        for line in lines { stderr.write("vpccost: error: \(oneLine(line))\n") }
      } else {
        stderr.write("vpccost: error: \(oneLine(error.description))\n")
      }
      return error.exitCode
    }
  }

  /// The text on one line: control characters that users typed or files held (line breaks,
  /// tabs, escape) are shown as escapes, so that an error is always exactly one line.
  static func oneLine(_ text: String) -> String {
    var line = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": line += "\\n"
      case "\r": line += "\\r"
      case "\t": line += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        line += "\\u{\(String(scalar.value, radix: 16))}"
      default: line.unicodeScalars.append(scalar)
      }
    }
    return line
  }

  /// Runs the command the arguments name.
  static func execute(
    _ arguments: [String], environment: CLIEnvironment
  ) throws(CLIError) -> CommandResult {
    guard let command = arguments.first else { return try .text(HelpText.overview) }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "compare": return try CompareCommand.run(rest, environment: environment)
    case "batch": return try BatchCommand.run(rest)
    case "sweep": return try SweepCommand.run(rest)
    case "prices": return try PricesCommand.run(rest)
    case "cfn-json": return try CFNJSONCommand.run(rest)
    case "review": return try ReviewCommand.run(rest)
    case "template": return try TemplateCommand.run(rest)
    case "help", "--help", "-h": return try .text(HelpText.topic(rest.first))
    case "--version", "version": return try .text("vpccost \(version)\n")
    default:
      let hint = ClosestMatch.suggestion(for: command, among: commands).map {
        "; did you mean '\($0)'?"
      }
      let what = command.hasPrefix("-") ? "unknown option" : "unknown command"
      throw .usage("\(what) '\(command)'\(hint ?? "") (see vpccost --help)")
    }
  }
}
