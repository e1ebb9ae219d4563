import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// The sysexits codes vpccost ends with (cost-model.md, "Exit status").
package enum ExitCode: Int32, Sendable {
  /// Success.
  case ok = 0
  /// `review` found problems at or above `--fail-on`; its report was written (for CI gates).
  case findings = 1
  /// A bad command line: unknown flag, bad or out-of-range value (EX_USAGE).
  case usage = 64
  /// Bad data: a malformed price table, workload file or offer file (EX_DATAERR).
  case dataError = 65
  /// An input file that cannot be opened (EX_NOINPUT).
  case noInput = 66
  /// An internal error (EX_SOFTWARE).
  case software = 70
  /// An output file that cannot be created (EX_CANTCREAT).
  case cannotCreate = 73
  /// Output that could not be written: a full disk, a closed standard output (EX_IOERR).
  case ioError = 74
  /// Another run holds what this one would write (an import into the same folder): try again
  /// when it ends (EX_TEMPFAIL).
  case tempFail = 75
  /// The reader of standard output went away (`| head`): ended quietly, with the status a
  /// process killed by SIGPIPE has (128 + 13), as other Unix tools end.
  case brokenPipe = 141
}
