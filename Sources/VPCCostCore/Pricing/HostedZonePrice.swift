/// Route 53 private hosted zone prices: global, the same in every region, and monthly.
///
/// A zone costs $0.50 a month for each of the first 25 zones of an account and $0.10 for each
/// further zone, whatever the hours (Route 53 does not prorate zones kept for a month).
public enum HostedZonePrice {
  /// Where the prices come from.
  public static let source =
    "Amazon Route 53 pricing, https://aws.amazon.com/route53/pricing/ (hosted zones)"
  /// When the figures were last checked against the source.
  public static let checked = "2026-11-30"
  /// The prices per zone-month as written on the page.
  static let firstZones = (upTo: 25, price: "0.50")
  static let furtherZones = "0.10"

  /// The zone prices as tiers over the zone count.
  public static let tiers: TieredPrice = {
    guard case .success(let first) = Price.parse(firstZones.price),
      case .success(let further) = Price.parse(furtherZones)
    else { preconditionFailure("the hosted zone prices are decimal text") }
    return TieredPrice(tiers: [
      PriceTier(upToGB: Quantity(whole: Int128(firstZones.upTo)), perGB: first),
      PriceTier(upToGB: nil, perGB: further),
    ])
  }()

  /// The month's charges for `zones` zones, split over the two prices.
  public static func charges(zones: Int) -> [TierCharge] {
    tiers.chargesForAnyVolume(Quantity(whole: Int128(zones)))
  }
}
