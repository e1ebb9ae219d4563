import VPCCostCore
import VPCCostFormats

/// Writes batch results as CSV or JSON, one row per workload and design or one per workload.
///
/// CSV rows are written straight into one reused buffer: a workload's cells once for all its
/// design rows, the services cell once for each distinct list, design ids and table dates as
/// bytes prepared once.
package struct BatchWriter {
  /// What each output row stands for.
  package enum Mode: Sendable {
    /// One row per workload and design.
    case designs
    /// One row per workload: the recommendation and its saving.
    case summary
  }

  /// The version of batch's JSON: 2 since its rows take compare's names (`designId` for a
  /// design and for the recommended one, `decidedByTie`; version 1 said `design` and
  /// `recommendedDesign`).
  package static let schemaVersion = 2

  /// The summary columns.
  package static let summaryColumns = [
    "name", "region", "azs", "services", "gb_per_month", "invocations", "vpcs",
    "recommended_design", "technology", "layout", "monthly_cost", "compared_with",
    "compared_cost", "monthly_savings", "currency", "price_table_date",
  ]

  /// The room a summary row takes besides its name, workload, currency and date cells: the
  /// recommended design's identity cell, the alternative's id, three cents cells and the
  /// separators (`SummaryRoomTests` holds it against the longest cells).
  package static let summaryRowRoom = 200

  package let mode: Mode
  /// CSV or JSON.
  let format: DataFormat
  /// Whether the rows are written as JSON.
  private var json: Bool { format == .json }
  private var csv = CSVWriter()
  private var workloadCells = CSVWriter(capacity: 256)
  private var nameCell = CSVWriter(capacity: 256)
  /// The cells of constants per table, held in `arena`.
  private let arena = CellArena()
  private var tableCells: [(table: PriceTable, cells: DesignCSV.TableCells)] = []
  /// The table of the last row and its cells: rows of one region follow one another.
  private var lastTable: (id: ObjectIdentifier, cells: DesignCSV.TableCells)?
  private let servicesCells = ServicesCellCache()
  private var jsonText = ""
  private var rowsWritten = 0

  /// Creates a writer for a mode and format.
  package init(mode: Mode, format: DataFormat) {
    self.mode = mode
    self.format = format
  }

  /// How many bytes are waiting to be handed over.
  package var pendingCount: Int { json ? jsonText.utf8.count : csv.count }

  /// Starts the output: the header row, or the opening bracket.
  package mutating func begin() {
    if json {
      let key = mode == .designs ? "designs" : "workloads"
      jsonText += "{\"schemaVersion\":\(Self.schemaVersion),\"\(key)\":["
      return
    }
    csv.row(mode == .designs ? ["name"] + DesignCSV.designColumns : Self.summaryColumns)
  }

  /// Writes the rows of one result, named `name` (the row's name cell).
  package mutating func write<Name: Collection<UInt8>>(_ result: BatchResult, name: Name) {
    assert(result.isCurrent, "a batch result read after its runner priced the next row")
    if json { return writeJSON(result, name: String(decoding: name, as: UTF8.self)) }
    let table = cells(of: result.table)
    workloadCells.removeAll()
    let services = servicesCells.cell(for: result.workload.services) { services in
      var cell = CSVWriter(capacity: 64)
      cell.text(DesignCSV.servicesCell(services))
      return cell.bytes
    }
    DesignCSV.writeWorkloadCells(
      result.workload, servicesCell: services, regionCell: table.region, to: &workloadCells)
    nameCell.removeAll()
    nameCell.text(bytes: name)
    switch mode {
    case .designs:
      let leading = nameCell.unsafeBytes
      let workload = workloadCells.unsafeBytes
      DesignCSV.writeDesigns(
        result.designs, recommended: result.choice.design, leading: leading,
        workloadCells: workload, table: table, to: &csv)
    case .summary:
      writeSummary(result, table: table)
    }
  }

  /// Ends the output: the closing bracket for JSON.
  package mutating func end() {
    if json { jsonText += rowsWritten == 0 ? "]}\n" : "\n]}\n" }
  }

  /// Hands the bytes written so far to `body` and starts again.
  package mutating func drain<Failure: Error>(
    _ body: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    if json {
      try body(Array(jsonText.utf8))
      jsonText.removeAll(keepingCapacity: true)
    } else {
      try csv.drain(body)
    }
  }

  /// Hands the CSV bytes written so far to `body` in place, then starts again in the same
  /// buffer.
  package mutating func drainInPlace(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    try csv.drainInPlace(body)
  }

  /// The currency and date cells of a table, written once for each new table.
  private mutating func cells(of table: PriceTable) -> DesignCSV.TableCells {
    let id = ObjectIdentifier(table)
    if let last = lastTable, last.id == id { return last.cells }
    let cells: DesignCSV.TableCells
    if let known = tableCells.first(where: { $0.table === table }) {
      cells = known.cells
    } else {
      cells = DesignCSV.TableCells(table, in: arena)
      tableCells.append((table, cells))
    }
    lastTable = (id, cells)
    return cells
  }

  /// One summary row: the name and workload cells written for the row, then the choice.
  private mutating func writeSummary(_ result: BatchResult, table: DesignCSV.TableCells) {
    let choice = result.choice
    let room = nameCell.count + workloadCells.count + table.currency.count + table.date.count
    csv.withRows(room: room + Self.summaryRowRoom) { cursor in
      cursor.put(nameCell.unsafeBytes)
      cursor.put(UInt8(ascii: ","))
      cursor.put(workloadCells.unsafeBytes)
      cursor.put(UInt8(ascii: ","))
      cursor.put(DesignCSV.identityCells[choice.design.index])
      cursor.put(UInt8(ascii: ","))
      CSVWriter.putCents(choice.monthlyCost, &cursor)
      cursor.put(UInt8(ascii: ","))
      cursor.put(DesignCSV.idCells[choice.alternative.index])
      cursor.put(UInt8(ascii: ","))
      CSVWriter.putCents(choice.alternativeCost, &cursor)
      cursor.put(UInt8(ascii: ","))
      CSVWriter.putCents(choice.monthlySavings, &cursor)
      cursor.put(UInt8(ascii: ","))
      cursor.put(table.currency)
      cursor.put(UInt8(ascii: ","))
      cursor.put(table.date)
      cursor.put(UInt8(ascii: "\r"))
      cursor.put(UInt8(ascii: "\n"))
    }
  }

  private mutating func writeJSON(_ result: BatchResult, name: String) {
    for object in jsonObjects(for: result, name: name) {
      jsonText += (rowsWritten == 0 ? "\n  " : ",\n  ") + object.serializedCompact()
      rowsWritten += 1
    }
  }

  /// The JSON objects of one result, from the members `ComparisonJSON` shares with compare's
  /// document (`designId`, the choice's names, the workload's names).
  private func jsonObjects(for result: BatchResult, name: String) -> [JSONValue] {
    let workload = ComparisonJSON.workloadMembers(result.workload)
    let tail: [(String, JSONValue)] = [
      ("currency", .string(result.table.currency)),
      ("priceTableDate", .string(result.table.effectiveDate)),
    ]
    let choice = result.choice
    let named: [(String, JSONValue)] = [("name", .string(name))]
    switch mode {
    case .summary:
      let compared: [(String, JSONValue)] = [
        ("comparedCost", .string(choice.alternativeCost.decimalString))
      ]
      return [.object(named + workload + ComparisonJSON.choiceMembers(choice) + compared + tail)]
    case .designs:
      return result.designs.map { design in
        .object(
          named + ComparisonJSON.designMembers(design.design) + workload
            + ComparisonJSON.totalsMembers(design)
            + [("recommended", .bool(design.design == choice.design))] + tail)
      }
    }
  }
}
