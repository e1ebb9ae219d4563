import VPCCostCore

/// Where in an input a problem is: the file, and the line, column or record when known.
public struct InputPosition: Sendable, Equatable, CustomStringConvertible {
  /// The file's name as the user gave it (`standard input` for `-`).
  public let file: String
  /// The 1-based line, when the format has lines.
  public let line: Int?
  /// The 1-based column (in bytes), when known.
  public let column: Int?
  /// A place the format names itself, such as `row 3 (line 4)` or `header`, instead of a line.
  public let place: String?

  /// A position by line and, when known, column.
  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.place = nil
  }

  /// A position the format names in its own words (a batch row, an offer's product).
  public init(file: String, place: String) {
    self.file = file
    self.line = nil
    self.column = nil
    self.place = place
  }

  /// `file: line 3, column 7`, `file: line 3`, `file: row 2 (line 3)` or `file`.
  public var description: String {
    if let place { return "\(file): \(place)" }
    guard let line else { return file }
    guard let column else { return "\(file): line \(line)" }
    return "\(file): line \(line), column \(column)"
  }
}
