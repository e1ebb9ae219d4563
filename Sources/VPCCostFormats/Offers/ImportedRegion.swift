import VPCCostCore

/// The figures one import found for one region, before they are merged into its table.
struct ImportedRegion {
  let region: String
  var location: String?
  var prefix: String?
  /// Flat prices by slot, with where each was found.
  var flat: [PriceSlot: (price: Price, place: InputPosition)] = [:]
  /// Tier dimensions by slot: (begin, end or nil for Inf, price).
  var tiers: [PriceSlot: [(begin: Quantity, end: Quantity?, price: Price, place: InputPosition)]] =
    [:]
  /// The offers that contributed, as `AmazonEC2 20251028175455 (2025-10-28T17:54:55Z)`.
  var offers: Set<String> = []
  /// The latest publication date (yyyy-mm-dd) of the contributing offers.
  var publicationDay = ""
}
