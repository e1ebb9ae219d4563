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

  /// Walks the tiers a volume falls in, lowest first, handing each tier's part to `body`.
  ///
  /// False when the volume exceeds the last bound. Every tiered figure comes from this walk.
  @inline(__always)
  func walk(_ volume: Quantity, _ body: (TierCharge) -> Void) -> Bool {
    var start = Quantity.zero
    var first = true
    for tier in tiers {
      guard volume > start || first else { break }
      first = false
      let end = tier.upToGB.map { min($0, volume) } ?? volume
      let inTier = max(end - start, .zero)
      body(
        TierCharge(
          fromGB: start, upToGB: tier.upToGB, quantity: inTier, perGB: tier.perGB,
          cost: inTier * tier.perGB))
      guard let bound = tier.upToGB else { return true }
      start = bound
    }
    return volume <= start
  }

  /// Splits a volume across the tiers, lowest first; nil when the volume exceeds the last bound.
  public func charges(for volume: Quantity) -> [TierCharge]? {
    var charges: [TierCharge] = []
    return walk(volume) { charges.append($0) } ? charges : nil
  }

  /// The total charge for a volume; nil when the volume exceeds the last bound.
  public func cost(for volume: Quantity) -> Money? {
    var total = Money.zero
    return walk(volume) { total = total + $0.cost } ? total : nil
  }

  /// Whether the tiers price the whole volume.
  public func covers(_ volume: Quantity) -> Bool {
    guard let last = tiers.last?.upToGB else { return true }
    return volume <= last
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

  /// The total for a volume of tiers known to cover any volume (endpoint data), without
  /// building the parts.
  func costForAnyVolume(_ volume: Quantity) -> Money {
    guard let cost = cost(for: volume) else {
      preconditionFailure("a tiered price without an open-ended last tier reached the calculator")
    }
    return cost
  }
}
