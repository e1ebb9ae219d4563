import VPCCostCore

/// Reads an AWS Price List offer file in CSV, streaming: five metadata rows, a header row whose
/// columns are found by name, then one row per price dimension, of which it keeps the on-demand
/// rows whose usage types vpccost reads.
package struct OfferCSVReader {
  private var scanner: CSVReader

  init(source: ByteSource) { scanner = CSVReader(source: source) }

  /// Reads the whole file, handing every relevant price to `emit`.
  mutating func read(
    metadata: inout OfferMetadata, emit: (OfferPrice) throws(InputError) -> Void
  ) throws(InputError) {
    try readMetadata(&metadata)
    guard try nextRow() else { throw error("the header row is missing") }
    let columns = try Columns(
      header: (0..<scanner.count).map(scanner.string), file: scanner.source.name)
    var rows = 0
    while try nextRow() {
      rows += 1
      guard scanner.count == columns.count else {
        throw error("\(scanner.count) fields where the header has \(columns.count)")
      }
      guard scanner.field(columns.termType).elementsEqual("OnDemand".utf8) else { continue }
      let usageType = scanner.string(columns.usageType)
      let operation = columns.operation.map(scanner.string)
      guard PriceSlot.match(usageType: usageType, operation: operation) != nil else { continue }
      let region =
        columns.regionCode.map(scanner.string).flatMap { $0.isEmpty ? nil : $0 }
        ?? columns.fromRegionCode.map(scanner.string).flatMap { $0.isEmpty ? nil : $0 }
      try emit(
        OfferPrice(
          usageType: usageType, operation: operation, regionCode: region,
          location: columns.location.map(scanner.string),
          beginRange: scanner.string(columns.startingRange),
          endRange: scanner.string(columns.endingRange),
          price: scanner.string(columns.pricePerUnit), place: "line \(scanner.line)"))
    }
    guard rows > 0 else {
      throw error("the header has no rows after it (is the file truncated?)")
    }
  }

  /// The next record, which must end with a line break: AWS writes one after every row, so a
  /// row without one is a file cut short, however many fields it has.
  private mutating func nextRow() throws(InputError) -> Bool {
    guard try scanner.next() else { return false }
    guard scanner.endedWithLineBreak else {
      throw error("the row has no line break: the file ends in the middle of it (is it truncated?)")
    }
    return true
  }

  private mutating func readMetadata(_ metadata: inout OfferMetadata) throws(InputError) {
    let expected = ["FormatVersion", "Disclaimer", "Publication Date", "Version", "OfferCode"]
    for name in expected {
      guard try nextRow(), scanner.count >= 2, scanner.string(0) == name else {
        throw error(
          "expected the metadata row \"\(name)\" (an AWS offer CSV starts with FormatVersion, Disclaimer, Publication Date, Version and OfferCode rows)"
        )
      }
      switch name {
      case "Publication Date": metadata.publicationDate = scanner.string(1)
      case "Version": metadata.version = scanner.string(1)
      case "OfferCode": metadata.offerCode = scanner.string(1)
      default: break
      }
    }
  }

  private func error(_ message: String) -> InputError {
    .at(scanner.source.name, line: scanner.line, message)
  }

  /// The positions of the columns the importer reads.
  struct Columns {
    let count: Int
    let termType: Int
    let usageType: Int
    let startingRange: Int
    let endingRange: Int
    let pricePerUnit: Int
    let regionCode: Int?
    let fromRegionCode: Int?
    let location: Int?
    let operation: Int?

    init(header: [String], file: String) throws(InputError) {
      func find(_ name: String) -> Int? { header.firstIndex(of: name) }
      func require(_ name: String) throws(InputError) -> Int {
        guard let index = find(name) else {
          throw .at(file, "the header has no \"\(name)\" column; is this an AWS offer CSV?")
        }
        return index
      }
      count = header.count
      termType = try require("TermType")
      usageType = try require("usageType")
      startingRange = try require("StartingRange")
      endingRange = try require("EndingRange")
      pricePerUnit = try require("PricePerUnit")
      regionCode = find("Region Code")
      fromRegionCode = find("From Region Code")
      location = find("Location") ?? find("From Location")
      operation = find("operation")
    }
  }
}
