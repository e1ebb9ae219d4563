/// The prices of a Transit Gateway VPC attachment: per attachment-hour and per GB processed.
///
/// Data processing is charged on every GB sent into the Transit Gateway from a VPC attachment.
public struct TransitGatewayPrice: Hashable, Sendable {
  /// Price per VPC attachment-hour.
  public let attachmentHourly: Price
  /// Price per GB sent into the Transit Gateway from a VPC attachment.
  public let perGB: Price
}
