#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `vpccost prices import FILE ... --output-dir DIR`: refreshes price tables from AWS Price List
/// offer files, streaming, and prints every figure that changed.
///
/// Nothing in DIR changes unless every file was read and every table validates.
public enum ImportCommand {
  static let flags: [FlagSpec] = [
    FlagSpec("--output-dir", value: "DIR", "the folder of <region>.json tables to write or update"),
    FlagSpec.helpFlag,
  ]

  /// The offers vpccost reads.
  static let offerCodes = ["AmazonEC2", "AmazonVPC", "AWSDataTransfer"]

  /// Parses the arguments after `prices import` and runs the import.
  public static func run(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "prices import")
    if parsed.values["--help"] != nil { return try .text(HelpText.prices) }
    guard !parsed.positionals.isEmpty else {
      throw .usage("prices import needs one or more offer files (AWS Price List JSON or CSV)")
    }
    guard let folder = parsed.values["--output-dir"] else {
      throw .usage(
        "prices import needs --output-dir DIR (PriceTables to refresh the embedded prices)")
    }
    guard FileSystem.isFolder(folder) else {
      throw .output(OutputError(path: folder, reason: "the folder does not exist"))
    }
    var collector = OfferCollector()
    for path in parsed.positionals { try read(path, into: &collector) }
    guard !collector.regions.isEmpty else {
      throw .badData(
        "the offer files hold no NAT gateway, endpoint, public IPv4 or data transfer price")
    }
    return try .text(try write(collector, to: folder))
  }

  /// Reads one offer file, JSON or CSV by its first byte.
  static func read(_ path: String, into collector: inout OfferCollector) throws(CLIError) {
    let source = try ByteSource(path: path)
    let progress = ImportProgress(name: path)
    source.onChunk = progress.update
    var metadata = OfferMetadata()
    var offers: [OfferPrice] = []
    let first = try firstByte(source)
    if first == UInt8(ascii: "{") {
      var reader = OfferJSONReader(source: source)
      try reader.read(metadata: &metadata) { offers.append($0) }
    } else {
      var reader = OfferCSVReader(source: source)
      try reader.read(metadata: &metadata) { offers.append($0) }
    }
    progress.finish()
    guard offerCodes.contains(metadata.offerCode) else {
      throw .badData(
        "\(path): offer '\(metadata.offerCode)' is not one vpccost reads (\(offerCodes.joined(separator: ", ")))"
      )
    }
    guard CalendarDate.isValid(String(metadata.publicationDate.prefix(10))) else {
      throw .badData("\(path): key publicationDate: '\(metadata.publicationDate)' is not a date")
    }
    for offer in offers { try collector.add(offer, metadata: metadata, file: path) }
  }

  private static func firstByte(_ source: ByteSource) throws(CLIError) -> UInt8 {
    try BatchRecordReader.skipByteOrderMark(source)
    while let byte = try source.peek(), byte == 32 || byte == 9 || byte == 10 || byte == 13 {
      _ = try source.next()
    }
    guard let byte = try source.peek() else { throw .badData("\(source.name): the file is empty") }
    return byte
  }

  /// Merges, validates and writes every region's table; returns the report of changes.
  static func write(_ collector: OfferCollector, to folder: String) throws(CLIError) -> String {
    var report = ""
    var writes: [(path: String, text: String)] = []
    for region in collector.regions.keys.sorted() {
      guard let imported = collector.regions[region] else { continue }
      let path = folder + "/" + region + ".json"
      let existingText = FileManager.default.contents(atPath: path)
      let existing = try existingText.map { (data) throws(CLIError) in
        try decodeExisting(data, path: path)
      }
      let merged = try TableMerger.merge(imported, into: existing, path: path)
      do {
        _ = try PriceTableDecoder.validate(merged, origin: path, expectedRegion: region)
      } catch {
        throw .badData("the imported table is not valid: \(error.description)")
      }
      let text = merged.jsonValue.serialized()
      guard existingText.map({ String(decoding: $0, as: UTF8.self) }) != text else { continue }
      report += changes(old: existing, new: merged, region: region)
      writes.append((path, text))
    }
    for (path, text) in writes {
      do {
        let file = try AtomicFile(path: path)
        try file.write(Array(text.utf8))
        try file.commit()
      } catch {
        throw .output(error)
      }
    }
    let checked = collector.regions.count
    return report.isEmpty
      ? "no prices changed (\(checked) region\(checked == 1 ? "" : "s") checked)\n"
      : report + "\(writes.count) table\(writes.count == 1 ? "" : "s") written in \(folder)\n"
  }

  private static func decodeExisting(_ data: Data, path: String) throws(CLIError) -> PriceTableFile
  {
    let file: PriceTableFile
    do {
      file = try JSONDecoder().decode(PriceTableFile.self, from: data)
    } catch let error as DecodingError {
      throw .priceTable(.invalid([PriceTableDecoder.problem(from: error, origin: path)]))
    } catch {
      throw .badData("\(path): \(error)")
    }
    do {
      _ = try PriceTableDecoder.validate(file, origin: path, expectedRegion: nil)
    } catch {
      throw .priceTable(error)
    }
    return file
  }

  private static func changes(old: PriceTableFile?, new: PriceTableFile, region: String) -> String {
    guard let old else { return "\(region): new table\n" }
    let before = Dictionary(
      old.figures.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    var lines = ""
    for (key, value) in new.figures where before[key] != value {
      lines += "\(region): \(key) \(before[key] ?? "(none)") -> \(value)\n"
    }
    return lines.isEmpty ? "\(region): source and confidence updated\n" : lines
  }
}
