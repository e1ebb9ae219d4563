/// Where price tables come from: the tables embedded in the binary, or tables loaded from files.
///
/// Tables are validated on demand, one region at a time, so start-up reads only the table a run
/// uses. A catalog of loaded tables replaces the embedded ones entirely. This module reads no
/// files: VPCCostFormats builds a loaded catalog (`PriceCatalog.load(path:)`) and hands it a
/// loader.
public struct PriceCatalog: Sendable {
  /// Reads and validates the table of one region; nil when the catalog has none for it.
  public typealias Loader = @Sendable (String) throws(PriceTableError) -> PriceTable?

  private enum Storage: Sendable {
    case embedded
    case loaded(regions: [String], source: String, loader: Loader)
  }

  private let storage: Storage

  /// The tables compiled into vpccost from PriceTables/.
  public static let embedded = PriceCatalog(storage: .embedded)

  private init(storage: Storage) { self.storage = storage }

  /// A catalog of tables from elsewhere: the regions it has, where they come from (for
  /// messages), and how to get one.
  public init(regions: [String], source: String, loader: @escaping Loader) {
    storage = .loaded(regions: regions, source: source, loader: loader)
  }

  /// Every region this catalog has a table for, sorted.
  public var regions: [String] {
    switch storage {
    case .embedded: return EmbeddedPriceTables.regions
    case .loaded(let regions, _, _): return regions
    }
  }

  /// Where the tables come from, in words (for messages).
  public var sourceDescription: String {
    switch storage {
    case .embedded: return "the embedded price tables"
    case .loaded(_, let source, _): return source
    }
  }

  /// The validated table of one region.
  public func table(for region: String) throws(PriceTableError) -> PriceTable {
    switch storage {
    case .embedded:
      if let file = EmbeddedPriceTables.file(for: region) {
        return try PriceTableValidator.validate(
          file, origin: "embedded:\(region)", expectedRegion: region)
      }
    case .loaded(_, _, let loader):
      if let table = try loader(region) { return table }
    }
    throw .unknownRegion(
      region, suggestion: ClosestMatch.suggestion(for: region, among: regions),
      source: sourceDescription)
  }
}
