/// A per-GB price in ascending, contiguous tiers, as AWS bills endpoint data and internet egress.
///
/// Bounds are cumulative GB (the Price List writes 1048576 and 5242880 for endpoint data).
/// The last tier may be bounded when a table knows only the first tiers; traffic beyond it has
/// no known price and `charges(for:)` returns nil.
public struct TieredPrice: Hashable, Sendable {
  /// The tiers, lowest first; every tier but possibly the last has a bound.
  public let tiers: [PriceTier]

  /// Creates a tiered price; the caller has checked that tiers ascend (see `PriceTableDecoder`).
  public init(tiers: [PriceTier]) { self.tiers = tiers }

  /// Splits a volume across the tiers, lowest first; nil when the volume exceeds the last bound.
  public func charges(for volume: Quantity) -> [TierCharge]? {
    var charges: [TierCharge] = []
    var start = Quantity.zero
    for tier in tiers {
      guard volume > start || charges.isEmpty else { break }
      let end = tier.upToGB.map { min($0, volume) } ?? volume
      let inTier = max(end - start, .zero)
      charges.append(
        TierCharge(
          fromGB: start, upToGB: tier.upToGB, quantity: inTier, perGB: tier.perGB,
          cost: inTier * tier.perGB))
      guard let bound = tier.upToGB else { return charges }
      start = bound
    }
    return volume > start ? nil : charges
  }

  /// The total charge for a volume; nil when the volume exceeds the last bound.
  public func cost(for volume: Quantity) -> Money? {
    charges(for: volume)?.reduce(Money.zero) { $0 + $1.cost }
  }
}

extension TieredPrice {
  /// Splits a volume across tiers that are known to cover any volume (endpoint data).
  ///
  /// `PriceTableValidator` rejects an endpoint data price whose last tier is bounded, so a
  /// table that reached the calculator always has a price for every volume.
  func chargesForAnyVolume(_ volume: Quantity) -> [TierCharge] {
    guard let charges = charges(for: volume) else {
      preconditionFailure("a tiered price without an open-ended last tier reached the calculator")
    }
    return charges
  }
}
