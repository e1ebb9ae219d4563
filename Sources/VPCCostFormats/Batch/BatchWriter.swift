import VPCCostCore

/// Writes batch results as CSV or JSON, one row per workload and design or one per workload.
package struct BatchWriter {
  /// What each output row stands for.
  package enum Mode: Sendable {
    /// One row per workload and design.
    case designs
    /// One row per workload: the recommendation and its saving.
    case summary
  }

  /// The summary columns.
  package static let summaryColumns = [
    "name", "region", "azs", "services", "gb_per_month", "invocations", "vpcs",
    "recommended_design",
    "technology", "layout", "monthly_cost", "compared_with", "compared_cost", "monthly_savings",
    "currency", "price_table_date",
  ]

  let mode: Mode
  let json: Bool
  private var csv = CSVWriter()
  private var rowsWritten = 0

  /// Creates a writer for a mode and format.
  package init(mode: Mode, json: Bool) {
    self.mode = mode
    self.json = json
  }

  /// Starts the output: the header row, or the opening bracket.
  package mutating func begin() -> [UInt8] {
    if json {
      let key = mode == .designs ? "designs" : "workloads"
      return Array(
        "{\"schemaVersion\":\(ComparisonJSON.schemaVersion),\"\(key)\":[".utf8)
    }
    csv.row(mode == .designs ? ["name"] + DesignCSV.designColumns : Self.summaryColumns)
    return csv.take()
  }

  /// The rows of one result.
  package mutating func rows(for result: BatchResult) -> [UInt8] {
    if json { return jsonRows(for: result) }
    switch mode {
    case .designs:
      var workloadCells = CSVWriter(capacity: 128)
      DesignCSV.writeWorkloadCells(result.workload, to: &workloadCells)
      for design in result.designs {
        csv.text(result.name)
        DesignCSV.writeDesign(
          design, workload: result.workload, table: result.table,
          recommended: result.choice.design, workloadCells: workloadCells, to: &csv)
        csv.endRow()
      }
    case .summary:
      writeSummary(result)
    }
    return csv.take()
  }

  /// Ends the output: the closing bracket for JSON.
  package mutating func end() -> [UInt8] {
    json ? Array((rowsWritten == 0 ? "]}\n" : "\n]}\n").utf8) : []
  }

  private mutating func writeSummary(_ result: BatchResult) {
    let choice = result.choice
    csv.text(result.name)
    csv.text(result.workload.region)
    csv.integer(Int128(result.workload.azs))
    csv.text(servicesCell(result.workload))
    csv.quantity(result.workload.gbPerMonth)
    if let invocations = result.workload.invocations {
      csv.number(String(invocations))
    } else {
      csv.empty()
    }
    csv.integer(Int128(result.workload.vpcs))
    csv.text(choice.design.rawValue)
    csv.text(choice.technology.rawValue)
    csv.text(choice.design.layout.rawValue)
    csv.cents(choice.monthlyCost)
    csv.text(choice.alternative.rawValue)
    csv.cents(choice.alternativeCost)
    csv.cents(choice.monthlySavings)
    csv.text(result.table.currency)
    csv.text(result.table.effectiveDate)
    csv.endRow()
  }

  private mutating func jsonRows(for result: BatchResult) -> [UInt8] {
    var text = ""
    for object in jsonObjects(for: result) {
      text += (rowsWritten == 0 ? "\n  " : ",\n  ") + object.serializedCompact()
      rowsWritten += 1
    }
    return Array(text.utf8)
  }

  private func jsonObjects(for result: BatchResult) -> [JSONValue] {
    let workload = result.workload
    let common: [(String, JSONValue)] = [
      ("name", .string(result.name)),
      ("region", .string(workload.region)),
      ("azs", .integer(workload.azs)),
      ("services", .array(workload.services.names.map(JSONValue.string))),
      ("serviceCount", .integer(workload.services.count)),
      ("gbPerMonth", .string(workload.gbPerMonth.decimalString)),
      ("invocations", .optional(workload.invocations.map { String($0) })),
      ("vpcs", .integer(workload.vpcs)),
    ]
    let tail: [(String, JSONValue)] = [
      ("currency", .string(result.table.currency)),
      ("priceTableDate", .string(result.table.effectiveDate)),
    ]
    let choice = result.choice
    guard mode == .designs else {
      return [
        .object(
          common + [
            ("recommendedDesign", .string(choice.design.rawValue)),
            ("technology", .string(choice.technology.rawValue)),
            ("layout", .string(choice.design.layout.rawValue)),
            ("monthlyCost", .string(choice.monthlyCost.decimalString)),
            ("comparedWith", .string(choice.alternative.rawValue)),
            ("comparedCost", .string(choice.alternativeCost.decimalString)),
            ("monthlySavings", .string(choice.monthlySavings.decimalString)),
          ] + tail)
      ]
    }
    return result.designs.map { design in
      .object(
        [("name", .string(result.name)), ("design", .string(design.design.rawValue))]
          + [
            ("technology", .string(design.design.technology.rawValue)),
            ("layout", .string(design.design.layout.rawValue)),
          ] + common.dropFirst() + [
            ("hourlyCost", .string(design.cost(of: .hourly).decimalString)),
            ("dataCost", .string(design.cost(of: .data).decimalString)),
            ("crossAZCost", .string(design.cost(of: .crossAZ).decimalString)),
            ("publicIPv4Cost", .string(design.cost(of: .publicIPv4).decimalString)),
            ("internetEgressCost", .string(design.cost(of: .internetEgress).decimalString)),
            ("monthlyCost", .string(design.monthlyCost.decimalString)),
            ("feasible", .bool(design.isFeasible)),
            ("recommended", .bool(design.design == choice.design)),
          ] + tail)
    }
  }

  private func servicesCell(_ workload: Workload) -> String {
    workload.services.names.isEmpty
      ? String(workload.services.count) : workload.services.names.joined(separator: ";")
  }
}
