/// The columns a batch file may have: `name` and the workload fields of `compare`.
public enum BatchColumns {
  /// Every known column, `name` first.
  public static let all = ["name"] + WorkloadField.allCases.map(\.column)

  /// Checks a header (or a JSON object's keys): `name` present, nothing unknown or repeated.
  static func check(
    header: [String], file: String, row: Int? = nil, line: Int? = nil
  ) throws(CLIError) {
    let place = row.map { "\(file): row \($0) (line \(line ?? 0))" } ?? "\(file): header"
    var seen = Set<String>()
    for column in header {
      guard all.contains(column) else {
        let hint = ClosestMatch.suggestion(for: column, among: all).map { "; did you mean \($0)?" }
        throw .badData(
          "\(place): unknown column '\(column)'\(hint ?? "") (columns: \(all.joined(separator: ", ")))"
        )
      }
      guard seen.insert(column).inserted else {
        throw .badData("\(place): column '\(column)' appears twice")
      }
    }
    guard seen.contains("name") else {
      throw .badData("\(place): the 'name' column is missing; every workload needs a name")
    }
  }
}
