/// The prices of an interface VPC endpoint (AWS PrivateLink).
package struct InterfaceEndpointPrice: Hashable, Sendable {
  /// Price per endpoint per AZ (ENI) per hour.
  package let hourlyPerAZ: Price
  /// Data processed, tiered over all interface endpoints in the region.
  package let data: TieredPrice
}
