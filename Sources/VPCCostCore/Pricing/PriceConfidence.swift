/// How well a table's figures are confirmed.
public enum PriceConfidence: String, Sendable, CaseIterable {
  /// Seen in AWS's Price List offer files and on AWS's pricing pages alike.
  case priceList = "price-list"
  /// From AWS's pricing-page JSON; not yet compared with a Price List offer file.
  case pricingPage = "pricing-page"
  /// Not seen in AWS text, or with no second source: vpccost says so when it uses the figure.
  case unverified
}
