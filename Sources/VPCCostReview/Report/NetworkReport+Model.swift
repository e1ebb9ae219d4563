extension NetworkReport {
  /// The report of a network: every element the model holds, in source-neutral terms.
  init(_ network: NetworkModel, used: FunctionServices) {
    let routes = network.defaultRoutes
    vpcs = network.vpcs.map {
      VPC(
        id: $0.place.id, line: $0.place.line, dnsHostnames: Self.setting($0.dnsHostnames),
        dnsSupport: Self.setting($0.dnsSupport))
    }
    subnets = network.subnets.map {
      Subnet(
        id: $0.place.id, line: $0.place.line, zone: ZoneReport($0.zone),
        defaultRoute: routes[$0.place.id].map(Self.route) ?? "unknown")
    }
    natGateways = network.natGateways.map {
      NATGateway(
        id: $0.place.id, line: $0.place.line, zone: $0.zone.map(ZoneReport.init),
        regional: $0.regional)
    }
    interfaceEndpoints = network.interfaceEndpoints.map {
      InterfaceEndpoint(
        id: $0.place.id, line: $0.place.line, service: $0.service,
        kind: $0.isCustomerService ? "customer" : $0.service == "unknown" ? "unknown" : "aws",
        zones: $0.zones.map(ZoneReport.init).sorted(by: Self.zoneOrder),
        zonesUnknownBecause: $0.zonesUnknownBecause, privateDNS: $0.privateDNS)
    }
    gatewayEndpoints = network.gatewayEndpoints.map {
      GatewayEndpoint(
        id: $0.place.id, line: $0.place.line, service: $0.service, routeTables: $0.routeTables)
    }
    natInstances = Self.natInstances(network)
    transitGatewayAttachments = network.transitGatewayAttachments.map {
      TransitGatewayAttachment(
        id: $0.place.id, line: $0.place.line, vpc: $0.vpc,
        zones: $0.zones.map(ZoneReport.init).sorted(by: Self.zoneOrder))
    }
    securityGroups = Self.securityGroups(network)
    let interface = Set(network.interfaceEndpoints.map(\.service))
    let gateways = network.gatewayServices
    let hasNAT = !network.natGateways.isEmpty
    functions = network.vpcFunctions.map { function, vpc in
      Function(
        id: function.place.id, line: function.place.line,
        subnets: vpc.subnets + vpc.zones.compactMap(Self.outsideSubnet).sorted(),
        zones: vpc.zones.map(ZoneReport.init).sorted(by: Self.zoneOrder),
        zonesUnknownBecause: vpc.unknownZones,
        services: function.services.map(\.service).uniqued().map { service in
          let way =
            interface.contains(service)
            ? "interface-endpoint"
            : gateways.contains(service) ? "gateway-endpoint" : hasNAT ? "nat-gateway" : "none"
          return UsedService(service: service, way: way, from: used.sources[service] ?? "")
        })
    }
  }

  /// The instances and network interfaces routes send traffic to, in the order first routed.
  private static func natInstances(_ network: NetworkModel) -> [NATInstance] {
    var order: [String] = []
    var tables: [String: [String]] = [:]
    for table in network.routeTables {
      for route in table.routes {
        guard case .natInstance(let id) = route.target else { continue }
        if tables[id] == nil { order.append(id) }
        if tables[id]?.contains(table.place.id) != true {
          tables[id, default: []].append(table.place.id)
        }
      }
    }
    return order.map { id in
      NATInstance(id: id, line: network.instanceLines[id], routeTables: tables[id] ?? [])
    }
  }

  /// The security groups of the network that functions and interface endpoints use.
  private static func securityGroups(_ network: NetworkModel) -> [SecurityGroup] {
    var users: [String: [String]] = [:]
    for (function, vpc) in network.vpcFunctions {
      for group in vpc.securityGroups { users[group, default: []].append(function.place.id) }
    }
    for endpoint in network.interfaceEndpoints {
      for group in endpoint.securityGroups { users[group, default: []].append(endpoint.place.id) }
    }
    return network.securityGroups.compactMap { group in
      users[group.place.id].map {
        SecurityGroup(id: group.place.id, line: group.place.line, usedBy: $0)
      }
    }
  }

  /// The id of a subnet the source names but does not define (a parameter, a literal id).
  private static func outsideSubnet(_ zone: SubnetZone) -> String? {
    guard case .assumed(let id) = zone, let colon = id.firstIndex(of: ":") else { return nil }
    return String(id[id.index(after: colon)...])
  }

  private static func setting(_ setting: VPCNetwork.Setting) -> String {
    switch setting {
    case .unset: return "unset"
    case .on: return "on"
    case .off: return "off"
    case .unsettled: return "unsettled"
    }
  }

  /// A default route in the report's words.
  private static func route(_ target: RouteTarget) -> String {
    switch target {
    case .natGateway(let id): return "nat:\(id)"
    case .natInstance(let id): return "nat-instance:\(id)"
    case .internetGateway: return "igw"
    case .none: return "none"
    case .elsewhere(let target):
      let lowered = target.lowercased()
      if lowered.contains("transitgateway") || lowered.contains("tgw-") { return "tgw" }
      if lowered.contains("peering") || lowered.contains("pcx-") { return "peering" }
      return "elsewhere"
    }
  }

  /// Named AZs by name, then AZs by index, then those not shown.
  private static func zoneOrder(_ left: ZoneReport, _ right: ZoneReport) -> Bool {
    switch (left, right) {
    case (.named(let a), .named(let b)): return a < b
    case (.index(let a), .index(let b)): return a < b
    case (.named, _): return true
    case (.index, .notShown): return true
    default: return false
    }
  }
}

extension ZoneReport {
  /// The report of a model's AZ.
  init(_ zone: SubnetZone) {
    switch zone {
    case .named(let name): self = .named(name)
    case .index(let index): self = Int(index).map(ZoneReport.index) ?? .notShown
    case .assumed: self = .notShown
    }
  }
}

extension Array where Element: Hashable {
  /// The elements in order, each once.
  fileprivate func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
