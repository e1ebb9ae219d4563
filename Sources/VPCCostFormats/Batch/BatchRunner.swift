import VPCCostCore

/// Validates and prices batch records, keeping one calculator per region.
package struct BatchRunner {
  let catalog: PriceCatalog
  private var calculators: [String: CostCalculator] = [:]
  private var lastCalculator: CostCalculator?

  /// Creates a runner over a price catalog.
  package init(catalog: PriceCatalog) { self.catalog = catalog }

  /// Prices one record; a bad field is exit 65 naming the row, the column and the problem.
  package mutating func evaluate(_ record: BatchRecord, file: String) throws(PricingError)
    -> BatchResult
  {
    // Built only for a message: a batch prices millions of good rows.
    var row: String { "row \(record.number) (line \(record.line))" }
    let input = record.input
    guard let name = record.name, !name.trimmingASCIIWhitespace.isEmpty else {
      throw .input(.at(file, place: "\(row), column name", "is empty; every workload needs a name"))
    }
    if let control = name.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      let code =
        "U+" + String(repeating: "0", count: 4 - String(control.value, radix: 16).count)
        + String(control.value, radix: 16).uppercased()
      throw .input(
        .at(
          file, place: "\(row), column name",
          "contains the control character \(code); a name is printable text"))
    }
    let calculator = try calculator(for: WorkloadParser.region(of: input)) {
      InputPosition(file: file, place: "\(row), column region")
    }
    let workload: Workload
    do {
      workload = try WorkloadParser.parse(input, table: calculator.table)
    } catch {
      guard error.conflictingField == nil else {
        throw .input(.at(file, place: row, error.describe(naming: { "column \($0.column)" })))
      }
      throw .input(.at(file, place: "\(row), column \(error.field.column)", error.message))
    }
    let designs = calculator.designCosts(for: workload)
    return BatchResult(
      name: name, workload: workload, table: calculator.table, designs: designs,
      choice: RecommendationChoice.choose(from: designs, workload: workload))
  }

  private mutating func calculator(
    for region: String, place: () -> InputPosition
  ) throws(PricingError) -> CostCalculator {
    if let last = lastCalculator, last.table.region == region { return last }
    if let calculator = calculators[region] {
      lastCalculator = calculator
      return calculator
    }
    do {
      let calculator = CostCalculator(table: try catalog.table(for: region))
      calculators[region] = calculator
      lastCalculator = calculator
      return calculator
    } catch .unknownRegion(let region, let suggestion, let source) {
      let hint = suggestion.map { "; did you mean \($0)?" } ?? ""
      throw .input(
        .malformed(place(), "unknown region \(quoting: region) (no table in \(source))\(hint)"))
    } catch {
      throw .priceTable(error)
    }
  }
}
