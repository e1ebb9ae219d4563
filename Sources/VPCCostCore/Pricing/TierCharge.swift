/// The part of a tiered charge that falls in one tier: how many GB, at what price, for how much.
package struct TierCharge: Hashable, Sendable {
  /// Where the tier starts, in cumulative GB.
  package let fromGB: Quantity
  /// Where the tier ends, in cumulative GB; nil when it is open-ended.
  package let upToGB: Quantity?
  /// The GB charged in this tier.
  package let quantity: Quantity
  /// The tier's price per GB.
  package let perGB: Price
  /// `quantity` times `perGB`.
  package let cost: Money
}
