import VPCCostCore
import VPCCostFormats

/// The columns a batch file may have: `name` and the workload fields of `compare`.
package enum BatchColumns {
  /// Every known column, `name` first.
  package static let all = ["name"] + WorkloadField.allCases.map(\.column)

  /// What one column of a file holds.
  enum Column: Equatable {
    case name
    case field(WorkloadField)
  }

  /// Checks a header (or a JSON object's keys) and maps each column: `name` must be there,
  /// nothing may be unknown or repeated.
  static func map(
    header: [String], file: String, row: Int? = nil, line: Int? = nil
  ) throws(InputError) -> [Column] {
    let place = InputPosition(
      file: file, place: row.map { "row \($0) (line \(line ?? 0))" } ?? "header")
    var columns: [Column] = []
    for name in header {
      let column: Column
      if name == "name" {
        column = .name
      } else if let field = WorkloadField(rawValue: name) {
        column = .field(field)
      } else {
        let hint = ClosestMatch.suggestion(for: name, among: all).map { "; did you mean \($0)?" }
        throw .malformed(
          place,
          "unknown column \(quoting: name)\(hint ?? "") (columns: \(all.joined(separator: ", ")))"
        )
      }
      guard !columns.contains(column) else {
        throw .malformed(place, "column \(quoting: name) appears twice")
      }
      columns.append(column)
    }
    guard columns.contains(.name) else {
      throw .malformed(place, "the 'name' column is missing; every workload needs a name")
    }
    return columns
  }

  /// Fills `input` from cells in the order of `columns` (empty cells are left out) and
  /// returns the name cell: cells of arrays, or pointers into a chunk (no reference counting).
  static func fill<Cell: Collection<UInt8>>(
    _ input: inout WorkloadInput, columns: [Column], cell: (Int) -> Cell
  ) -> Cell? {
    input.removeAll()
    var name: Cell?
    for (index, column) in columns.enumerated() {
      let value = cell(index)
      guard !value.isEmpty else { continue }
      switch column {
      case .name: name = value
      case .field(let field): input.set(field, value)
      }
    }
    return name
  }

  /// Lays a row's fields out as ranges of a chunk's bytes in the order of `columns` (empty
  /// cells are left out: their start is -1) and returns the name cell's range.
  @inline(__always)
  static func fillRanges(
    starts: UnsafeMutableBufferPointer<Int>, ends: UnsafeMutableBufferPointer<Int>,
    columns: UnsafeBufferPointer<Column>, range: (Int) -> Range<Int>
  ) -> Range<Int>? {
    starts.update(repeating: -1)
    var name: Range<Int>?
    for index in columns.indices {
      let cell = range(index)
      guard !cell.isEmpty else { continue }
      switch columns[index] {
      case .name: name = cell
      case .field(let field):
        starts[field.index] = cell.lowerBound
        ends[field.index] = cell.upperBound
      }
    }
    return name
  }
}
