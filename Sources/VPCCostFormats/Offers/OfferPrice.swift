import VPCCostCore

/// One on-demand price dimension of a product that vpccost reads, with the product's keys.
package struct OfferPrice: Sendable {
  /// The product's usage type, such as `USE2-NatGateway-Hours`.
  package let usageType: String
  /// The product's operation, such as `TransitGatewayVPC`, if the file has it.
  package let operation: String?
  /// The product's region code (or the from-region for data transfer), if the file has it.
  package let regionCode: String?
  /// The product's location name, such as `US East (Ohio)`.
  package let location: String?
  /// Where the dimension's range starts, in its unit (`0`).
  package let beginRange: String
  /// Where it ends (`Inf` when open).
  package let endRange: String
  /// The price per unit in USD, as written.
  package let price: String
  /// Where in the file it was (line, or key path), for messages.
  package let place: String
}
