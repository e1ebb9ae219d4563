/// The prices of an interface VPC endpoint (AWS PrivateLink).
public struct InterfaceEndpointPrice: Hashable, Sendable {
  /// Price per endpoint per AZ (ENI) per hour.
  public let hourlyPerAZ: Price
  /// Data processed, tiered over all interface endpoints in the region.
  public let data: TieredPrice
}
