/// A Transit Gateway attachment of a VPC: an ENI in each of its subnets, paid by the hour.
struct TransitGatewayAttachment: Sendable {
  let place: NetworkPlace
  /// The VPC attached, by the id the source refers to (a resource, parameter or literal).
  let vpc: String?
  /// The AZs of its subnets.
  let zones: Set<SubnetZone>
}
