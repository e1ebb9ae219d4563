import VPCCostCore

/// Why an input file was not read: it could not be opened, or what it holds is malformed.
///
/// The CLI maps `cannotOpen` to exit 66, `readFailed` to exit 74 and `malformed` to exit 65;
/// this module names no exit codes.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file cannot be opened: a missing file, a folder, a permission.
  case cannotOpen(path: String, reason: String)
  /// The file was opened but reading it failed part way (an I/O error, a vanished device).
  case readFailed(path: String, SystemError)
  /// The content breaks the format's rules at a position.
  case malformed(InputPosition, String)

  /// A malformed-input error at a line (and column, when known).
  package static func at(
    _ file: String, line: Int? = nil, column: Int? = nil, _ message: String
  ) -> InputError {
    .malformed(InputPosition(file: file, line: line, column: column), message)
  }

  /// A malformed-input error at a place the format names (`row 3 (line 4)`, `header`).
  package static func at(_ file: String, place: String, _ message: String) -> InputError {
    .malformed(InputPosition(file: file, place: place), message)
  }

  /// What is wrong, without the file's name: the reason, or the line, column and message.
  package var detail: String {
    switch self {
    case .cannotOpen(_, let reason): return reason
    case .readFailed(_, let error): return error.description
    case .malformed(let position, let message):
      guard let line = position.line else { return message }
      let column = position.column.map { ", column \($0)" } ?? ""
      return "line \(line)\(column): \(message)"
    }
  }

  /// One line for the user, without a prefix.
  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "cannot open \(path): \(reason)"
    case .readFailed(let path, let error): return "cannot read \(path): \(error)"
    case .malformed(let position, let message): return "\(position): \(message)"
    }
  }
}
