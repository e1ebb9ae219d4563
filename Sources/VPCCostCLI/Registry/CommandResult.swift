import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// What a successful command leaves: its output, held until the CLI completes it, and notes
/// for standard error.
package struct CommandResult {
  /// The command's output (standard output or a file).
  package let output: CommandOutput
  /// One-line notes for standard error (stale prices, ...).
  package let notes: [String]
  /// Further files (charts), completed before the main output.
  package let attachments: [CommandOutput]
  /// The exit code once the output is written: `.ok`, or `.findings` for a review that found
  /// problems at or above `--fail-on`.
  package let exitCode: ExitCode

  /// Creates a result.
  package init(
    output: CommandOutput, notes: [String] = [], attachments: [CommandOutput] = [],
    exitCode: ExitCode = .ok
  ) {
    self.output = output
    self.notes = notes
    self.attachments = attachments
    self.exitCode = exitCode
  }

  /// A result that prints text on standard output.
  static func text(_ text: String) throws(CLIError) -> CommandResult {
    try bytes(Array(text.utf8))
  }

  /// A result that prints bytes on standard output.
  static func bytes(_ bytes: [UInt8]) throws(CLIError) -> CommandResult {
    do {
      let output = try CommandOutput(path: nil)
      try output.write(bytes)
      return CommandResult(output: output)
    } catch {
      throw .output(error)
    }
  }
}
