/// One tier of a tiered per-GB price: the price applies up to a cumulative bound.
public struct PriceTier: Hashable, Sendable {
  /// The cumulative GB at which this tier ends; nil for the last, open-ended tier.
  public let upToGB: Quantity?
  /// The price per GB within this tier.
  public let perGB: Price

  /// Creates a tier ending at `upToGB` (nil: open-ended).
  public init(upToGB: Quantity?, perGB: Price) {
    self.upToGB = upToGB
    self.perGB = perGB
  }
}
