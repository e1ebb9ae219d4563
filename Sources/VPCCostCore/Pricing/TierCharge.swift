/// The part of a tiered charge that falls in one tier: how many GB, at what price, for how much.
public struct TierCharge: Hashable, Sendable {
  /// Where the tier starts, in cumulative GB.
  public let fromGB: Quantity
  /// Where the tier ends, in cumulative GB; nil when it is open-ended.
  public let upToGB: Quantity?
  /// The GB charged in this tier.
  public let quantity: Quantity
  /// The tier's price per GB.
  public let perGB: Price
  /// `quantity` times `perGB`.
  public let cost: Money
}
