/// A subnet the network defines.
struct NetworkSubnet: Sendable {
  let place: NetworkPlace
  let zone: SubnetZone
}
