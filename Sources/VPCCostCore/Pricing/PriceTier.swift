/// One tier of a tiered per-GB price: the price applies up to a cumulative bound.
package struct PriceTier: Hashable, Sendable {
  /// The cumulative GB at which this tier ends; nil for the last, open-ended tier.
  package let upToGB: Quantity?
  /// The price per GB within this tier.
  package let perGB: Price

  /// Creates a tier ending at `upToGB` (nil: open-ended).
  package init(upToGB: Quantity?, perGB: Price) {
    self.upToGB = upToGB
    self.perGB = perGB
  }
}
