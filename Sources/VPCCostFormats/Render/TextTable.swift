import VPCCostCore

/// Lays out rows of cells in aligned columns for the terminal.
package struct TextTable {
  /// How a column's cells line up.
  package enum Alignment {
    case left
    case right
  }

  /// One line of the table.
  private enum Row {
    case cells([String])
    case heading(String)
    case rule
  }

  let alignments: [Alignment]
  private var rows: [Row] = []

  package init(alignments: [Alignment]) { self.alignments = alignments }

  /// Adds a row of cells (missing cells are blank).
  package mutating func add(_ cells: [String]) {
    rows.append(.cells(cells.map(VisibleText.escaped)))
  }

  /// Adds a line of text that spans the columns and does not widen them.
  mutating func addHeading(_ text: String) { rows.append(.heading(VisibleText.escaped(text))) }

  /// Adds a separator line across all columns.
  mutating func addRule() { rows.append(.rule) }

  /// The table as lines, columns separated by two spaces, without trailing spaces.
  package func render() -> String {
    var widths = [Int](repeating: 0, count: alignments.count)
    for case .cells(let cells) in rows {
      for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    let total = widths.reduce(0, +) + 2 * (widths.count - 1)
    var output = ""
    for row in rows {
      switch row {
      case .rule: output += String(repeating: "-", count: total) + "\n"
      case .heading(let text): output += text + "\n"
      case .cells(let cells): output += line(cells, widths: widths) + "\n"
      }
    }
    return output
  }

  private func line(_ cells: [String], widths: [Int]) -> String {
    var line = ""
    for (index, width) in widths.enumerated() {
      let cell = index < cells.count ? cells[index] : ""
      let padding = String(repeating: " ", count: width - cell.count)
      if index > 0 { line += "  " }
      line += alignments[index] == .left ? cell + padding : padding + cell
    }
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }
}
