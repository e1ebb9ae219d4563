import VPCCostCore
import VPCCostFormats

/// Validates and prices batch rows, keeping one calculator per region.
///
/// A row is checked by the same `WorkloadParser` as `compare`, from the bytes of its cells,
/// and priced by category (`CostCalculator.totals`): nothing is allocated per row once the
/// regions and service lists of a file have been seen.
package struct BatchRunner {
  let catalog: PriceCatalog
  /// The calculators of the regions seen, with their region's bytes.
  private var calculators: [(region: [UInt8], calculator: CostCalculator)] = []
  private var services = ServiceSelectionCache()
  /// The design totals of the last row, lent to its `BatchResult`.
  private let designs = DesignTotalsBuffer()

  /// Creates a runner over a price catalog.
  package init(catalog: PriceCatalog) { self.catalog = catalog }

  /// Prices one row; a bad field is exit 65 naming the row, the column and the problem.
  package mutating func evaluate(
    _ row: BatchRow, input: WorkloadInput, file: String
  ) throws(PricingError) -> BatchResult {
    try evaluate(number: row.number, line: row.line, name: row.name ?? [], input: input, file: file)
  }

  /// Checks one row from fields lent in place, as `evaluate` would, without pricing it.
  mutating func check<Name: Collection<UInt8>>(
    number: Int, line: Int, name: Name, bytes: Span<UInt8>, starts: Span<Int>, ends: Span<Int>,
    file: String
  ) throws(PricingError) {
    _ = try validated(
      number: number, line: line, name: name, bytes: bytes, starts: starts, ends: ends,
      file: file)
  }

  /// Prices one row whose name cell is `name` (a slice, or a pointer into a chunk).
  mutating func evaluate<Name: Collection<UInt8>>(
    number: Int, line: Int, name: Name, input: WorkloadInput, file: String
  ) throws(PricingError) -> BatchResult {
    try input.withSpans { (bytes, starts, ends) throws(PricingError) -> BatchResult in
      try evaluate(
        number: number, line: line, name: name, bytes: bytes, starts: starts, ends: ends,
        file: file)
    }
  }

  /// Prices one row from fields lent in place (a batch chunk's, read with no reference count):
  /// field `i` is `bytes[starts[i]..<ends[i]]`, as `WorkloadParser.parse(bytes:...)` reads them.
  mutating func evaluate<Name: Collection<UInt8>>(
    number: Int, line: Int, name: Name, bytes: Span<UInt8>, starts: Span<Int>, ends: Span<Int>,
    file: String
  ) throws(PricingError) -> BatchResult {
    let (calculator, workload) = try validated(
      number: number, line: line, name: name, bytes: bytes, starts: starts, ends: ends,
      file: file)
    let totals = designs.fill(calculator.designSet(for: workload)) {
      calculator.totals(of: $0, for: workload)
    }
    return BatchResult(
      workload: workload, table: calculator.table, designs: totals,
      choice: RecommendationChoice.choose(
        from: unsafe Span(_unsafeElements: totals), workload: workload),
      lender: designs, generation: designs.generation)
  }

  /// A row's name checked, its region's calculator and its workload validated.
  private mutating func validated<Name: Collection<UInt8>>(
    number: Int, line: Int, name: Name, bytes: Span<UInt8>, starts: Span<Int>, ends: Span<Int>,
    file: String
  ) throws(PricingError) -> (CostCalculator, Workload) {
    // Built only for a message: a batch prices millions of good rows.
    var place: String { "row \(number) (line \(line))" }
    if let problem = Self.nameProblem(name) {
      throw .input(.at(file, place: "\(place), column name", problem))
    }
    let calculator: CostCalculator
    do {
      let region = WorkloadParser.regionRange(bytes: bytes, starts: starts, ends: ends)
      calculator = try self.calculator(region: region, in: bytes)
    } catch {
      switch error {
      case .unknown(let message):
        throw .input(
          .malformed(InputPosition(file: file, place: "\(place), column region"), message))
      case .table(let error): throw .priceTable(error)
      }
    }
    let workload: Workload
    do {
      workload = try WorkloadParser.parse(
        bytes: bytes, starts: starts, ends: ends, table: calculator.table, services: &services)
    } catch {
      guard error.conflictingField == nil else {
        throw .input(.at(file, place: place, error.describe(naming: { "column \($0.column)" })))
      }
      throw .input(.at(file, place: "\(place), column \(error.field.column)", error.message))
    }
    return (calculator, workload)
  }

  /// What is wrong with a name cell, if anything: empty, not UTF-8, or holding a control
  /// character.
  static func nameProblem<Name: Collection<UInt8>>(_ name: Name) -> String? {
    guard !name.allSatisfy(ByteText.isSpace) else { return "is empty; every workload needs a name" }
    // Bytes that are not UTF-8 would become U+FFFD in JSON, and two names could collide.
    if name.contains(where: { $0 >= 0x80 }), let offset = invalidUTF8Offset(name) {
      return
        "is not UTF-8 (byte \(offset + 1) of the name); save the file as UTF-8"
    }
    // In UTF-8 a byte below 0x20 or 0x7F is always that control character itself.
    guard let control = name.first(where: { $0 < 0x20 || $0 == 0x7F }) else { return nil }
    let hex = String(control, radix: 16).uppercased()
    return
      "contains the control character U+\(String(repeating: "0", count: 4 - hex.count) + hex); a name is printable text"
  }

  /// Where the first byte that breaks UTF-8 lies (0-based), or nil when the bytes are UTF-8.
  static func invalidUTF8Offset<Name: Collection<UInt8>>(_ name: Name) -> Int? {
    var decoder = UTF8()
    var iterator = name.makeIterator()
    var valid = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): valid += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return valid
      }
    }
  }

  /// Why a row's region has no calculator: no table for it (the message), or a table that
  /// does not validate.
  enum RegionFailure: Error {
    case unknown(String)
    case table(PriceTableError)
  }

  /// The calculator of a row's region (the default when none is given), made the first time.
  ///
  /// It throws no position: the row's place is built only when a row fails, so that a good row
  /// takes no reference to the file's name.
  private mutating func calculator(region: Range<Int>?, in bytes: Span<UInt8>)
    throws(RegionFailure) -> CostCalculator
  {
    guard let region else {
      return try calculator(for: ArraySlice(WorkloadParser.defaultRegion.utf8))
    }
    for entry in calculators where Self.equal(entry.region, bytes, region) {
      return entry.calculator
    }
    return try calculator(for: bytes.extracting(region).withUnsafeBufferPointer { Array($0) })
  }

  /// Whether a region's bytes are those of `range` in `span`.
  private static func equal(_ bytes: [UInt8], _ span: Span<UInt8>, _ range: Range<Int>) -> Bool {
    guard bytes.count == range.count else { return false }
    for index in bytes.indices where bytes[index] != span[range.lowerBound + index] {
      return false
    }
    return true
  }

  /// The calculator of a region code's bytes, made the first time.
  private mutating func calculator(for region: some Collection<UInt8>) throws(RegionFailure)
    -> CostCalculator
  {
    for entry in calculators where entry.region.elementsEqual(region) {
      return entry.calculator
    }
    let code = ByteText.string(region)
    do {
      let calculator = CostCalculator(table: try catalog.table(for: code))
      calculators.append((Array(region), calculator))
      return calculator
    } catch .unknownRegion(let region, let suggestion, let source) {
      let hint = suggestion.map { "; did you mean \($0)?" } ?? ""
      throw .unknown("unknown region \(quoting: region) (no table in \(source))\(hint)")
    } catch {
      throw .table(error)
    }
  }
}
