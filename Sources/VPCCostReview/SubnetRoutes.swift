/// Where the default route (0.0.0.0/0) of each subnet the template defines goes, through its
/// route table association: the routes decide the design, not which resources exist.
struct SubnetRoutes {
  /// The target of a default route.
  enum Target: Equatable {
    /// A NAT gateway of the template, by logical id.
    case natGateway(String)
    /// A NAT instance: a route to an instance or a network interface.
    case natInstance(String)
    /// An internet gateway: the subnet is public.
    case internetGateway(String)
    /// A Transit Gateway, a peering connection or a VPN gateway: the way out is elsewhere.
    case elsewhere(String)
    /// No default route.
    case noDefaultRoute
  }

  /// Subnet logical id to its default route's target, for subnets with an association.
  private(set) var targets: [String: Target] = [:]

  /// The routes of a template.
  init(model: TemplateModel) {
    var tables: [String: Target] = [:]
    for route in model.resources(of: "AWS::EC2::Route")
    where route.properties?["DestinationCidrBlock"]?.string == "0.0.0.0/0" {
      guard let table = TemplateModel.target(of: route.properties?["RouteTableId"]) else {
        continue
      }
      tables[table] = Self.target(of: route)
    }
    for association in model.resources(of: "AWS::EC2::SubnetRouteTableAssociation") {
      guard let subnet = TemplateModel.target(of: association.properties?["SubnetId"]),
        let table = TemplateModel.target(of: association.properties?["RouteTableId"])
      else { continue }
      targets[subnet] = tables[table] ?? Target.noDefaultRoute
    }
  }

  /// What a default route points at, by the property it sets.
  static func target(of route: TemplateModel.Resource) -> Target {
    let properties = route.properties
    func name(_ key: String) -> String? {
      guard let node = properties?[key] else { return nil }
      return TemplateModel.target(of: node) ?? node.string ?? key
    }
    if let nat = name("NatGatewayId") { return .natGateway(nat) }
    if let instance = name("InstanceId") ?? name("NetworkInterfaceId") {
      return .natInstance(instance)
    }
    if let gateway = name("GatewayId") {
      // GatewayId also takes a virtual private gateway (vgw-): not the internet.
      return gateway.hasPrefix("vgw-") ? .elsewhere(gateway) : .internetGateway(gateway)
    }
    for key in ["TransitGatewayId", "VpcPeeringConnectionId", "CarrierGatewayId"] {
      if let other = name(key) { return .elsewhere(other) }
    }
    return .noDefaultRoute
  }
}
