import VPCCostCore

/// An import of AWS Price List offer files into price table files: reads every offer, merges
/// each region's prices into its existing table, validates the result and says what changed.
///
/// It writes nothing: `tables` holds the new text of each table that changed, and the caller
/// (the CLI) writes them all or none.
package struct OfferImport {
  /// The offers vpccost reads.
  package static let offerCodes = ["AmazonEC2", "AmazonVPC", "AWSDataTransfer"]

  /// One table to write: its path and its new JSON text.
  package struct TableText: Sendable {
    package let path: String
    package let text: String
  }

  private var collector = OfferCollector()

  /// Creates an empty import.
  package init() {}

  /// Whether any price was read.
  package var isEmpty: Bool { collector.regions.isEmpty }

  /// How many regions the offers had prices for.
  package var regionCount: Int { collector.regions.count }

  /// Reads one offer file, JSON or CSV by its first byte; `onChunk` sees the bytes read so far.
  package mutating func read(
    _ path: String, onChunk: ((Int) -> Void)? = nil
  ) throws(InputError) {
    let source = try ByteSource(path: path)
    source.onChunk = onChunk
    var metadata = OfferMetadata()
    var offers: [OfferPrice] = []
    guard let first = try source.firstContentByte() else {
      throw .at(source.name, "the file is empty")
    }
    if first == UInt8(ascii: "{") {
      var reader = OfferJSONReader(source: source)
      try reader.read(metadata: &metadata) { offers.append($0) }
    } else {
      var reader = OfferCSVReader(source: source)
      try reader.read(metadata: &metadata) { offers.append($0) }
    }
    guard Self.offerCodes.contains(metadata.offerCode) else {
      throw .at(
        path,
        "offer \(quoting: metadata.offerCode) is not one vpccost reads (\(Self.offerCodes.joined(separator: ", ")))"
      )
    }
    guard CalendarDate.isValid(String(metadata.publicationDate.prefix(10))) else {
      throw .at(path, "key publicationDate: \(quoting: metadata.publicationDate) is not a date")
    }
    for offer in offers { try collector.add(offer, metadata: metadata, file: path) }
  }

  /// Merges and validates every region's table against the files in `folder`; returns the
  /// tables that changed and the report of each changed figure.
  package func plan(
    folder: String
  ) throws(ImportError) -> (tables: [TableText], report: String) {
    do { try collector.checkGroups() } catch { throw .offer(error) }
    var report = ""
    var tables: [TableText] = []
    for region in collector.regions.keys.sorted() {
      guard let imported = collector.regions[region] else { continue }
      let path = folder + "/" + region + ".json"
      let existingText = FileSystem.exists(path) ? try existingBytes(path) : nil
      let existing = try existingText.map { (bytes) throws(ImportError) in
        try decodeExisting(bytes, path: path)
      }
      let merged: PriceTableFile
      do {
        merged = try TableMerger.merge(imported, into: existing, path: path)
      } catch {
        throw .offer(error)
      }
      do {
        _ = try PriceTableValidator.validate(merged, origin: path, expectedRegion: region)
      } catch {
        throw .invalidResult(error)
      }
      let text = merged.jsonValue.serialized()
      guard existingText.map({ String(decoding: $0, as: UTF8.self) }) != text else { continue }
      report += Self.changes(old: existing, new: merged, region: region)
      tables.append(TableText(path: path, text: text))
    }
    return (tables, report)
  }

  private func existingBytes(_ path: String) throws(ImportError) -> [UInt8] {
    do {
      return try FileSystem.contents(of: path, limit: PriceTableDecoder.maxBytes)
    } catch {
      throw .offer(error)
    }
  }

  private func decodeExisting(_ bytes: [UInt8], path: String) throws(ImportError) -> PriceTableFile
  {
    do {
      let file = try PriceTableDecoder.decodeFile(bytes, origin: path)
      _ = try PriceTableValidator.validate(file, origin: path, expectedRegion: nil)
      return file
    } catch {
      throw .existingTable(error)
    }
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
