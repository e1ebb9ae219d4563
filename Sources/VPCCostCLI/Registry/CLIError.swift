import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// Everything that can stop a command, with the one line the user reads and the exit code.
///
/// Only this layer knows exit codes: the lower modules throw their own typed errors, which
/// `init(_:)` translates.
package enum CLIError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A bad command line: the message says what and how to fix it.
  case usage(String)
  /// A workload value that failed validation (named by its flag).
  case workload(WorkloadError)
  /// A price table that is missing, unreadable or malformed.
  case priceTable(PriceTableError)
  /// An input file that cannot be opened (exit 66) or holds malformed data (exit 65).
  case input(InputError)
  /// A template that is not valid YAML or JSON, with its file (exit 65).
  case template(path: String, TemplateError)
  /// An output file that cannot be written.
  case output(OutputError)
  /// Several problems with input data, one line each (exit 65).
  case problems([String])
  /// A bug: an error no layer expected (exit 70).
  case internalError(String)

  /// The error a command reports for an error of the layers below it; an error of a kind no
  /// layer declares is a bug (exit 70).
  package init(_ error: any Error) {
    switch error {
    case let error as CLIError: self = error
    case let error as PriceTableError: self = .priceTable(error)
    case let error as WorkloadError: self = .workload(error)
    case let error as InputError: self = .input(error)
    case let error as OutputError: self = .output(error)
    case let error as PricingError:
      switch error {
      case .input(let input): self = .input(input)
      case .priceTable(let table): self = .priceTable(table)
      case .workload(let workload): self = .workload(workload)
      }
    case let error as ImportError:
      switch error {
      case .offer(let input): self = .input(input)
      case .existingTable(let table): self = .priceTable(table)
      case .invalidResult(let table):
        self = .problems(["the imported table is not valid: \(table.description)"])
      }
    default: self = .internalError("\(type(of: error)): \(error)")
    }
  }

  /// The sysexits code for the error.
  package var exitCode: ExitCode {
    switch self {
    case .usage, .workload: return .usage
    case .priceTable(.invalid): return .dataError
    case .priceTable(.unreadable): return .noInput
    case .priceTable(.unknownRegion): return .usage
    case .input(.cannotOpen): return .noInput
    case .input(.readFailed): return .ioError
    case .input(.malformed), .template, .problems: return .dataError
    case .output(let error):
      switch error.kind {
      case .writeFailed: return .ioError
      case .cannotCreate: return .cannotCreate
      case .busy: return .tempFail
      case .readerGone: return .brokenPipe
      }
    case .internalError: return .software
    }
  }

  /// One line for stderr, without the `vpccost: error:` prefix.
  package var description: String {
    switch self {
    case .usage(let message): return message
    case .workload(let error): return error.describe(naming: \.flag)
    case .priceTable(let error): return error.description
    case .input(let error): return error.description
    case .template(let path, let error): return "\(path): \(error.description)"
    case .output(let error): return error.description
    case .problems(let lines): return lines.joined(separator: "; ")
    case .internalError(let detail):
      return
        "internal error (a bug in vpccost \(CLI.version), not in your input): \(detail); please report it with the command line that caused it"
    }
  }
}
