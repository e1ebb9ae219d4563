/// Lays out rows of cells in aligned columns for the terminal.
struct TextTable {
  /// How a column's cells line up.
  enum Alignment {
    case left
    case right
  }

  let alignments: [Alignment]
  private(set) var rows: [[String]?] = []

  init(alignments: [Alignment]) { self.alignments = alignments }

  /// Adds a row of cells (missing cells are blank).
  mutating func add(_ cells: [String]) { rows.append(cells) }

  /// Adds a separator line across all columns.
  mutating func addRule() { rows.append(nil) }

  /// The table as lines, columns separated by two spaces, without trailing spaces.
  func render() -> String {
    var widths = [Int](repeating: 0, count: alignments.count)
    for case let row? in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    let total = widths.reduce(0, +) + 2 * (widths.count - 1)
    var output = ""
    for row in rows {
      guard let row else {
        output += String(repeating: "-", count: total) + "\n"
        continue
      }
      var line = ""
      for (index, width) in widths.enumerated() {
        let cell = index < row.count ? row[index] : ""
        let padding = String(repeating: " ", count: width - cell.count)
        if index > 0 { line += "  " }
        line += alignments[index] == .left ? cell + padding : padding + cell
      }
      while line.hasSuffix(" ") { line.removeLast() }
      output += line + "\n"
    }
    return output
  }
}
