import VPCCostCore

/// A network as the review sees it, whatever it was read from: VPCs, subnets and their AZs,
/// route tables, NAT gateways, endpoints, security groups, functions and their permissions.
///
/// A reader fills it (the CloudFormation reader, from a CloudFormation or SAM template; a
/// Terraform plan reader could fill the same); the checks and the pricing read only this.
/// Ids are the source's own (logical ids); references to things the source does not define
/// are dropped or recorded as unknown, never guessed.
package struct NetworkModel: Sendable {
  var vpcs: [VPCNetwork] = []
  var subnets: [NetworkSubnet] = []
  var routeTables: [RouteTable] = []
  var natGateways: [NATGateway] = []
  var interfaceEndpoints: [InterfaceEndpoint] = []
  var gatewayEndpoints: [GatewayEndpoint] = []
  var securityGroups: [SecurityGroup] = []
  var functions: [NetworkFunction] = []
  var roles: [IAMRole] = []
  var policies: [PolicyDocument] = []
  var hostedZones: [HostedZone] = []
  var transitGatewayAttachments: [TransitGatewayAttachment] = []
  /// The lines of the instances and network interfaces the source defines, by id (what a
  /// route to a NAT instance points at).
  var instanceLines: [String: Int] = [:]
  /// What the reader assumed rather than read (AZs of subnet parameters, ...).
  var assumptions: Set<String> = []
  /// How the source spells the properties the review's advice names.
  var vocabulary = SourceVocabulary.cloudFormation

  /// The functions that run in a VPC, with where.
  var vpcFunctions: [(function: NetworkFunction, vpc: VPCAttachment)] {
    functions.compactMap { function in function.vpc.map { (function, $0) } }
  }

  /// The AZs the VPC functions run in (or, without functions, where endpoints and NAT sit).
  var functionZones: Set<SubnetZone> {
    let zones = vpcFunctions.reduce(into: Set<SubnetZone>()) { $0.formUnion($1.vpc.zones) }
    if !zones.isEmpty { return zones }
    let served = natGateways.reduce(into: Set<SubnetZone>()) {
      $0.formUnion(servedZones(of: $1.place.id) ?? [])
    }
    if !served.isEmpty { return served }
    return interfaceEndpoints.reduce(into: Set(natGateways.compactMap(\.zone))) {
      $0.formUnion($1.zones)
    }
  }

  /// The services of the gateway endpoints (`s3`, `dynamodb`).
  var gatewayServices: Set<String> { Set(gatewayEndpoints.map(\.service)) }

  /// Where the default route of each subnet with a route table goes, by subnet id.
  var defaultRoutes: [String: RouteTarget] {
    var targets: [String: RouteTarget] = [:]
    for table in routeTables {
      for association in table.associations {
        if let subnet = association.subnet { targets[subnet] = table.defaultTarget }
      }
    }
    return targets
  }

  /// The default-route targets of the VPC functions' subnets that the network shows.
  var functionRoutes: [(function: NetworkFunction, subnet: String, target: RouteTarget)] {
    functionRoutes(in: defaultRoutes)
  }

  private func functionRoutes(in routes: [String: RouteTarget]) -> [(
    function: NetworkFunction, subnet: String, target: RouteTarget
  )] {
    vpcFunctions.flatMap { function, vpc in
      vpc.subnets.compactMap { subnet in routes[subnet].map { (function, subnet, $0) } }
    }
  }

  /// The NAT gateways the functions' subnets route to, when every one of their subnets has a
  /// route table in the network; nil when the routes do not show it.
  var usedNATGateways: Set<String>? {
    let routes = defaultRoutes
    let subnets = vpcFunctions.flatMap(\.vpc.subnets)
    guard !subnets.isEmpty, subnets.allSatisfy({ routes[$0] != nil }) else { return nil }
    var used = Set<String>()
    for (_, _, target) in functionRoutes(in: routes) {
      if case .natGateway(let nat) = target { used.insert(nat) }
    }
    return used
  }

  /// The AZs of the subnets whose route tables send any route to a NAT gateway; nil when no
  /// route table of the network does.
  func servedZones(of natGateway: String) -> Set<SubnetZone>? {
    let tables = routeTables.filter { $0.routes.contains { $0.target == .natGateway(natGateway) } }
    guard !tables.isEmpty else { return nil }
    return Set(tables.flatMap { $0.associations.map(\.zone) })
  }

  /// The design the network builds, when it builds a way out at all.
  var design: DesignID? { design(azs: nil) }

  /// The design, its layout judged against `azs` AZs when the network does not show the
  /// functions' AZs (the count given, or priced).
  func design(azs override: Int?) -> DesignID? {
    let zones = override ?? max(1, functionZones.count)
    // An endpoint whose subnets the source does not show is not taken to be in fewer AZs.
    let endpointZones =
      interfaceEndpoints.filter { $0.zonesUnknownBecause == nil }.map(\.zones.count).min()
      ?? zones
    // The NAT gateways the functions' traffic uses, where their subnets' routes show it: one
    // gateway for every AZ is single-AZ however many others exist.
    let used = usedNATGateways
    let natGateways =
      used.map { used in self.natGateways.filter { used.contains($0.place.id) } }
      ?? self.natGateways
    let regional = natGateways.contains(where: \.regional)
    let natZones = regional ? zones : Set(natGateways.compactMap(\.zone)).count
    switch (natGateways.isEmpty, interfaceEndpoints.isEmpty) {
    case (true, true): return nil
    case (true, false):
      if interfaceEndpoints.allSatisfy(\.servedByHostedZone) { return .hubEndpoints }
      return endpointZones >= zones ? .privateLinkPerAZ : .privateLinkSingleAZ
    case (false, true):
      if regional { return .natRegional }
      return natZones >= zones ? .natPerAZ : .natSingleAZ
    case (false, false):
      return natZones >= zones && endpointZones >= zones ? .hybridPerAZ : .hybridSingleAZ
    }
  }

  /// Every statement granted to a role, with the document that holds it.
  func statements(for role: String) -> [(statement: PolicyDocument.Statement, owner: NetworkPlace)]
  {
    policies.filter { $0.roles.contains(role) }.flatMap { document in
      document.statements.map { ($0, document.owner) }
    }
  }

  func role(_ id: String) -> IAMRole? { roles.first { $0.place.id == id } }

  func securityGroup(_ id: String) -> SecurityGroup? {
    securityGroups.first { $0.place.id == id }
  }

  func vpc(_ id: String) -> VPCNetwork? { vpcs.first { $0.place.id == id } }

  /// The most VPCs a private hosted zone is associated with, less the hub.
  var spokeCount: Int { max(0, (hostedZones.map(\.vpcCount).max() ?? 0) - 1) }
}
