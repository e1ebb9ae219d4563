/// The prices of a zonal NAT gateway: per hour it exists and per GB it processes.
public struct NATGatewayPrice: Hashable, Sendable {
  /// Price per NAT gateway-hour.
  public let hourly: Price
  /// Price per GB processed, in either direction.
  public let perGB: Price
}
