import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The whole command line: finds the command in the registry, parses its flags, runs it, and
/// says what to print.
///
/// It writes to the streams it is given, never to globals, so tests run it in-process. Only
/// `main.swift` calls `exit`.
package enum CLI {
  /// The version `--version` prints.
  package static let version = "0.1.0"

  /// Runs one command line (without the program name) and returns the exit code.
  ///
  /// On failure nothing is written to `stdout`, and `stderr` gets one line.
  package static func run(
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
        for output in result.attachments + [result.output] { output.discard() }
        throw CLIError.output(error)
      }
      switch (stdout as? any WriteFailureReporting)?.writeFailure {
      case nil: return result.exitCode
      case EPIPE?: return .brokenPipe  // the reader went away (`| head`): end quietly
      case let code?:
        throw CLIError.output(
          OutputError(
            path: "standard output", reason: String(cString: strerror(code)), kind: .writeFailed))
      }
    } catch {
      if case .output(let output) = error, output.kind == .readerGone { return .brokenPipe }
      if case .problems(let lines) = error {
        for line in lines { stderr.write("vpccost: error: \(oneLine(line))\n") }
      } else {
        stderr.write("vpccost: error: \(oneLine(error.description))\n")
      }
      return error.exitCode
    }
  }

  /// Finds, parses and runs the command the arguments name.
  static func execute(
    _ arguments: [String], environment: CLIEnvironment
  ) throws(CLIError) -> CommandResult {
    let (command, rest) = try environment.registry.resolve(arguments)
    let flags = try ParsedFlags.parse(rest, flags: command.allFlags, command: command.name)
    if flags.wantsHelp { return try .text(HelpPage.render(command)) }
    let result = try command.run(
      Invocation(flags: flags, environment: environment, arguments: arguments))
    guard flags.isQuiet else { return result }
    return CommandResult(
      output: result.output, notes: [], attachments: result.attachments,
      exitCode: result.exitCode)
  }

  /// The text on one line: control characters that users typed or files held (line breaks,
  /// tabs, escape) are shown as escapes, so that an error is always exactly one line.
  static func oneLine(_ text: String) -> String { VisibleText.escaped(text) }
}
