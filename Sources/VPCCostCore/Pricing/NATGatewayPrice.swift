/// The prices of a zonal NAT gateway: per hour it exists and per GB it processes.
package struct NATGatewayPrice: Hashable, Sendable {
  /// Price per NAT gateway-hour.
  package let hourly: Price
  /// Price per GB processed, in either direction.
  package let perGB: Price
}
