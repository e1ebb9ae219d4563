/// What a route points at.
enum RouteTarget: Equatable, Sendable {
  /// A NAT gateway of the network, by id.
  case natGateway(String)
  /// A NAT instance: a route to an instance or a network interface.
  case natInstance(String)
  /// An internet gateway: a subnet whose default route goes here is public.
  case internetGateway(String)
  /// A Transit Gateway, a peering connection, a VPN or carrier gateway: the way out is
  /// defined elsewhere.
  case elsewhere(String)
  /// No target the source names (or, for a subnet, no default route at all).
  case none

  /// Whether it is a NAT gateway.
  var isNATGateway: Bool {
    if case .natGateway = self { return true }
    return false
  }
}
