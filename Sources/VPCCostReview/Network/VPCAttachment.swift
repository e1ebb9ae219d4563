/// Where a function sits in a VPC: its subnets and security groups.
struct VPCAttachment: Sendable {
  /// The subnets of the network it runs in, by id.
  let subnets: [String]
  /// The AZs of its subnets (empty when not shown: see `unknownZones`).
  let zones: Set<SubnetZone>
  /// Why its AZs are not shown, when they are not (a list parameter without default, an import).
  let unknownZones: String?
  /// Its security groups, by id.
  let securityGroups: [String]
  /// The line of its subnet list.
  let subnetsLine: Int?

  /// Whether any of its subnets is one the network defines (else its network, and that
  /// network's way out, are defined elsewhere).
  var subnetsInNetwork: Bool { !subnets.isEmpty }
}
