#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where price tables come from: the tables embedded in the binary, or `--prices PATH`.
///
/// Tables are decoded on demand, one region at a time, so start-up reads only the table a run
/// uses. With `--prices` the given tables replace the embedded ones entirely.
public struct PriceCatalog: Sendable {
  private enum Storage {
    case embedded
    case folder(path: String, files: [String: String])
    case file(PriceTable)
  }

  private let storage: Storage

  /// The tables compiled into vpccost from PriceTables/.
  public static let embedded = PriceCatalog(storage: .embedded)

  private init(storage: Storage) { self.storage = storage }

  /// Reads `--prices PATH`: one table file, or a folder of `<region>.json` files.
  public static func load(path: String) throws(PriceTableError) -> PriceCatalog {
    guard FileManager.default.fileExists(atPath: path) else {
      throw .unreadable(path: path, reason: "no such file or folder")
    }
    if FileSystem.isFolder(path) {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        throw .unreadable(path: path, reason: "the folder cannot be listed")
      }
      var files: [String: String] = [:]
      for name in names where name.hasSuffix(".json") {
        files[String(name.dropLast(5))] = path + "/" + name
      }
      guard !files.isEmpty else {
        throw .unreadable(path: path, reason: "the folder holds no <region>.json price tables")
      }
      return PriceCatalog(storage: .folder(path: path, files: files))
    }
    let table = try PriceTableDecoder.decode(
      readFile(path), origin: path, expectedRegion: nil)
    return PriceCatalog(storage: .file(table))
  }

  /// Every region this catalog has a table for, sorted.
  public var regions: [String] {
    switch storage {
    case .embedded: return EmbeddedPriceTables.regions
    case .folder(_, let files): return files.keys.sorted()
    case .file(let table): return [table.region]
    }
  }

  /// Where the tables come from, in words (for messages).
  public var sourceDescription: String {
    switch storage {
    case .embedded: return "the embedded price tables"
    case .folder(let path, _): return path
    case .file(let table): return table.origin
    }
  }

  /// The validated table of one region.
  public func table(for region: String) throws(PriceTableError) -> PriceTable {
    switch storage {
    case .embedded:
      if let file = EmbeddedPriceTables.file(for: region) {
        return try PriceTableDecoder.validate(
          file, origin: "embedded:\(region)", expectedRegion: region)
      }
    case .folder(_, let files):
      if let path = files[region] {
        return try PriceTableDecoder.decode(
          Self.readFile(path), origin: path, expectedRegion: region)
      }
    case .file(let table):
      if table.region == region { return table }
    }
    throw .unknownRegion(
      region, suggestion: ClosestMatch.suggestion(for: region, among: regions),
      source: sourceDescription)
  }

  private static func readFile(_ path: String) throws(PriceTableError) -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "the file cannot be opened")
    }
    return data
  }
}
