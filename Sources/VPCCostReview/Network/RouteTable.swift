/// A route table: its routes and the subnets associated with it.
struct RouteTable: Sendable {
  /// One route: where it sends which destinations.
  struct Route: Sendable {
    /// The IPv4 destination (`0.0.0.0/0` for the default route), or nil when not shown.
    let destination: String?
    let target: RouteTarget
  }

  /// One association of a subnet with this table.
  struct Association: Sendable {
    /// The subnet's id when the network defines it (nil for a subnet from outside).
    let subnet: String?
    /// The AZ of the associated subnet.
    let zone: SubnetZone
  }

  let place: NetworkPlace
  let routes: [Route]
  let associations: [Association]

  /// Where the default route (0.0.0.0/0) goes: the last one, as CloudFormation would reject
  /// two; `.none` when there is none.
  var defaultTarget: RouteTarget {
    routes.last { $0.destination == "0.0.0.0/0" }?.target ?? .none
  }
}
