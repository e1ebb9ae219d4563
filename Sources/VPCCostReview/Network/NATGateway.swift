/// A NAT gateway.
struct NATGateway: Sendable {
  let place: NetworkPlace
  /// The AZ of its subnet; nil when it names no subnet (a regional NAT gateway).
  let zone: SubnetZone?
  /// Whether it is a regional NAT gateway (`AvailabilityMode: regional`), which serves every AZ.
  let regional: Bool
}
