import VPCCostCore

extension PriceCatalog {
  /// Reads `--prices PATH`: one table file, or a folder of `<region>.json` files (each read and
  /// validated when a run asks for its region).
  public static func load(path: String) throws(PriceTableError) -> PriceCatalog {
    guard path == "-" || FileSystem.exists(path) else {
      throw .unreadable(path: path, reason: "no such file or folder")
    }
    guard FileSystem.isFolder(path) else {
      let table = try PriceTableDecoder.read(path, expectedRegion: nil)
      return PriceCatalog(regions: [table.region], source: table.origin) {
        (region) throws(PriceTableError) -> PriceTable? in
        region == table.region ? table : nil
      }
    }
    // An import a kill interrupted is finished first: the folder holds its old tables or its
    // new ones, never a mix.
    do { try PriceFolderJournal.finishIfNeeded(path) } catch {
      throw .unreadable(
        path: path,
        reason:
          "an interrupted import into it cannot be finished here (\(error)); run vpccost prices import into it again"
      )
    }
    guard let names = FileSystem.entries(of: path) else {
      throw .unreadable(path: path, reason: "the folder cannot be listed")
    }
    var found: [String: String] = [:]
    for name in names where name.hasSuffix(".json") {
      found[String(name.dropLast(5))] = path + "/" + name
    }
    let files = found
    guard !files.isEmpty else {
      throw .unreadable(path: path, reason: "the folder holds no <region>.json price tables")
    }
    return PriceCatalog(regions: files.keys.sorted(), source: path) {
      (region) throws(PriceTableError) -> PriceTable? in
      guard let file = files[region] else { return nil }
      return try PriceTableDecoder.read(file, expectedRegion: region)
    }
  }
}
