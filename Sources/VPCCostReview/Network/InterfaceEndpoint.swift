/// An interface VPC endpoint (AWS PrivateLink).
struct InterfaceEndpoint: Sendable {
  let place: NetworkPlace
  /// The service it reaches (`lambda`, `ecr.dkr`), or `unknown` when the name is not shown.
  let service: String
  /// The VPC it is in, by the id the source refers to (a resource, parameter or literal).
  let vpc: String?
  /// The AZs of its subnets (its ENIs); empty when not shown (see `zonesUnknownBecause`).
  let zones: Set<SubnetZone>
  /// Why its subnets are not shown (an import, a list parameter without a default), or nil.
  var zonesUnknownBecause: String? = nil
  /// The line of its subnets, when shown.
  let subnetsLine: Int?
  /// Whether private DNS is on (a value the source does not settle counts as on: no false alarm).
  let privateDNS: Bool
  /// The line of the private DNS setting, when shown.
  let privateDNSLine: Int?
  /// Whether a private hosted zone of the network has an alias record to it (the hub of
  /// `hub-endpoints`, where private DNS is off on purpose).
  let servedByHostedZone: Bool
  /// The security groups of the network it uses (ids from outside are not followed).
  let securityGroups: [String]
  /// Whether it names any security group at all.
  let hasSecurityGroups: Bool

  /// Whether it reaches a customer's endpoint service (`vpce-svc-...`), not an AWS service:
  /// it is needed whatever the design, and its private DNS is the provider's to give.
  var isCustomerService: Bool { service.hasPrefix("vpce-svc-") }
}
