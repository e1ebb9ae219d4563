/// A Route 53 private hosted zone.
struct HostedZone: Sendable {
  let place: NetworkPlace
  /// How many VPCs it is associated with.
  let vpcCount: Int
}
