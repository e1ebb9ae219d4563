/// Everything that can stop a command, with the one line the user reads and the exit code.
public enum CLIError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A bad command line: the message says what and how to fix it.
  case usage(String)
  /// A workload value that failed validation (named by its flag).
  case workload(WorkloadError)
  /// A price table that is missing, unreadable or malformed.
  case priceTable(PriceTableError)
  /// An output file that cannot be written.
  case output(OutputError)
  /// An input file with bad data: the message names the row or key (exit 65).
  case badData(String)
  /// An input file that cannot be opened (exit 66).
  case noInput(String)
  /// Several problems with input data, one line each (exit 65).
  case problems([String])

  /// The error a command reports for an error of the layers below it.
  public init(_ error: any Error) {
    switch error {
    case let error as CLIError: self = error
    case let error as PriceTableError: self = .priceTable(error)
    case let error as WorkloadError: self = .workload(error)
    case let error as OutputError: self = .output(error)
    default: self = .usage("\(error)")
    }
  }

  /// The sysexits code for the error.
  public var exitCode: ExitCode {
    switch self {
    case .usage, .workload: return .usage
    case .priceTable(.invalid): return .dataError
    case .priceTable(.unreadable): return .noInput
    case .priceTable(.unknownRegion): return .usage
    case .output: return .cannotCreate
    case .badData, .problems: return .dataError
    case .noInput: return .noInput
    }
  }

  /// One line for stderr, without the `vpccost: error:` prefix.
  public var description: String {
    switch self {
    case .usage(let message): return message
    case .workload(let error): return error.describe(naming: \.flag)
    case .priceTable(let error): return error.description
    case .output(let error): return error.description
    case .badData(let message), .noInput(let message): return message
    case .problems(let lines): return lines.joined(separator: "; ")
    }
  }
}
