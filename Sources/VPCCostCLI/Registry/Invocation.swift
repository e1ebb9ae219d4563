/// One run of a command: its parsed flags, its positional arguments and the world it may see.
package struct Invocation: Sendable {
  /// The command's flags and positionals as typed.
  package let flags: ParsedFlags
  /// Today's date and other facts from outside the arguments.
  package let environment: CLIEnvironment
  /// The whole command line after the program name, as typed (for "reproduce" lines).
  package let arguments: [String]

  /// The arguments that are not flags.
  package var positionals: [String] { flags.positionals }

  /// Creates an invocation.
  package init(flags: ParsedFlags, environment: CLIEnvironment, arguments: [String] = []) {
    self.flags = flags
    self.environment = environment
    self.arguments = arguments
  }

  /// Fails unless there are no positional arguments.
  package func expectNoPositionals(for command: String) throws(CLIError) {
    if let extra = positionals.first {
      throw .usage(
        "unexpected argument \(quoting: extra) for \(quoting: command) (flags take the form --azs 2)"
      )
    }
  }

  /// The one positional argument: `missing` says what to give when there is none.
  package func onePositional(
    _ noun: String, for command: String, missing: String
  ) throws(CLIError) -> String {
    guard positionals.count == 1, let only = positionals.first else {
      throw .usage(
        positionals.isEmpty ? missing : "\(command) takes one \(noun), not \(positionals.count)")
    }
    return only
  }
}
