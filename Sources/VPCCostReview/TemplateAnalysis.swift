import VPCCostCore
import VPCCostFormats

/// What a template builds for its VPC functions' way out: functions, endpoints, NAT gateways.
struct TemplateAnalysis {
  /// A function with `VpcConfig`.
  struct VPCFunction {
    let resource: TemplateModel.Resource
    let zones: Set<String>
    let securityGroups: [String]
    /// The template role it uses, nil for SAM's implicit role or a role from outside.
    let role: String?
    /// Whether SAM creates its role (no `Role` property).
    let samRole: Bool
    /// Why its AZs are not in the template, when they are not.
    let unknownZones: String?
    /// Whether any of its subnets is a subnet the template defines (else its network, and the
    /// network's way out, are defined elsewhere).
    let subnetsInTemplate: Bool
    /// The subnets of the template it runs in, by logical id.
    let subnets: [String]
  }

  /// An interface VPC endpoint.
  struct Endpoint {
    let resource: TemplateModel.Resource
    let service: String
    let zones: Set<String>
    let privateDNS: Bool
    /// Whether a Route 53 private hosted zone of the template has an alias record to it (the
    /// hub of `hub-endpoints`, where private DNS is off on purpose).
    let servedByHostedZone: Bool
    /// The template security groups it references (literal ids are not followed).
    let securityGroups: [String]
    /// Whether it names any security group at all.
    let hasSecurityGroups: Bool
  }

  let model: TemplateModel
  private(set) var layout: NetworkLayout
  private(set) var functions: [VPCFunction] = []
  private(set) var endpoints: [Endpoint] = []
  private(set) var gatewayEndpoints: [TemplateModel.Resource] = []
  private(set) var natGateways: [(resource: TemplateModel.Resource, zone: String?)] = []
  /// The AZs of the private subnets each NAT gateway serves (through routes and associations).
  private(set) var servedZones: [String: Set<String>] = [:]
  /// Where each subnet's default route goes.
  private(set) var routes: SubnetRoutes

  init(_ root: TemplateNode) {
    model = TemplateModel(root)
    layout = NetworkLayout(model: model)
    routes = SubnetRoutes(model: model)
    for resource in model.resources
    where resource.type == "AWS::Serverless::Function" || resource.type == "AWS::Lambda::Function" {
      guard let vpc = model.property("VpcConfig", of: resource), vpc["SubnetIds"] != nil else {
        continue
      }
      let role = model.property("Role", of: resource)
      functions.append(
        VPCFunction(
          resource: resource, zones: layout.zones(of: vpc["SubnetIds"]),
          securityGroups: TemplateModel.items(vpc["SecurityGroupIds"]).compactMap(
            TemplateModel.target),
          role: TemplateModel.target(of: role),
          samRole: role == nil && resource.type == "AWS::Serverless::Function",
          unknownZones: layout.unknownReason,
          subnetsInTemplate: TemplateModel.items(vpc["SubnetIds"]).contains {
            TemplateModel.target(of: $0).flatMap(model.resource)?.type == "AWS::EC2::Subnet"
          },
          subnets: TemplateModel.items(vpc["SubnetIds"]).compactMap(TemplateModel.target).filter {
            model.resource($0)?.type == "AWS::EC2::Subnet"
          }))
    }
    let aliased = Self.endpointsWithAliasRecords(model)
    for resource in model.resources(of: "AWS::EC2::VPCEndpoint") {
      let type = resource.properties?["VpcEndpointType"]?.string ?? "Gateway"
      guard type == "Interface" else {
        if type == "Gateway" { gatewayEndpoints.append(resource) }
        continue
      }
      endpoints.append(
        Endpoint(
          resource: resource, service: Self.service(resource.properties?["ServiceName"]),
          zones: layout.zones(of: resource.properties?["SubnetIds"]),
          // Absent is false (CloudFormation's default); a value the template does not show
          // (a parameter without a default, a condition) is not taken to be false.
          privateDNS: resource.properties?["PrivateDnsEnabled"].map { model.boolean($0) ?? true }
            ?? false,
          servedByHostedZone: aliased.contains(resource.id),
          securityGroups: TemplateModel.items(resource.properties?["SecurityGroupIds"]).compactMap(
            TemplateModel.target),
          hasSecurityGroups: !TemplateModel.items(resource.properties?["SecurityGroupIds"]).isEmpty)
      )
    }
    for resource in model.resources(of: "AWS::EC2::NatGateway") {
      let subnet = resource.properties?["SubnetId"]
      natGateways.append((resource, subnet.map { layout.zone(of: $0) }))
    }
    for route in model.resources(of: "AWS::EC2::Route") {
      guard let nat = TemplateModel.target(of: route.properties?["NatGatewayId"]),
        let table = TemplateModel.target(of: route.properties?["RouteTableId"])
      else { continue }
      for association in model.resources(of: "AWS::EC2::SubnetRouteTableAssociation")
      where TemplateModel.target(of: association.properties?["RouteTableId"]) == table {
        if let subnet = association.properties?["SubnetId"] {
          servedZones[nat, default: []].insert(layout.zone(of: subnet))
        }
      }
    }
  }

  /// The resources an alias record in a private hosted zone of the template points at: the
  /// endpoints whose DNS entries a zone associated with VPCs serves.
  static func endpointsWithAliasRecords(_ model: TemplateModel) -> Set<String> {
    let privateZones = Set(
      model.resources(of: "AWS::Route53::HostedZone").filter {
        !TemplateModel.items($0.properties?["VPCs"]).isEmpty
      }.map(\.id))
    var targets = Set<String>()
    for record in model.resources(of: "AWS::Route53::RecordSet") {
      guard let zone = TemplateModel.target(of: record.properties?["HostedZoneId"]),
        privateZones.contains(zone), let alias = record.properties?["AliasTarget"]
      else { continue }
      targets.formUnion(TemplateModel.attributeTargets(in: alias))
    }
    return targets
  }

  /// The service of an endpoint from `ServiceName` (`com.amazonaws.${AWS::Region}.lambda` is
  /// `lambda`), or `unknown`.
  static func service(_ node: TemplateNode?) -> String {
    // In a join, a reference to the region stands for it: com.amazonaws. + Ref + .logs.
    let joined = node?["Fn::Join"]?.array.map { parts in
      let separator = parts.first?.string ?? ""
      return (parts.last?.array ?? []).map {
        $0.string ?? ($0["Ref"]?.string == "AWS::Region" ? "REGION" : "?")
      }
      .joined(separator: separator)
    }
    let text =
      node?.string ?? node?["Fn::Sub"]?.string ?? node?["Fn::Sub"]?.array?.first?.string ?? joined
    guard let text, let range = text.firstRange(of: /com\.amazonaws\.[^.]+\./) else {
      return "unknown"
    }
    return String(text[range.upperBound...])
  }

  /// The AZs the VPC functions run in (or, without functions, where endpoints and NAT sit).
  var functionZones: Set<String> {
    let zones = functions.reduce(into: Set<String>()) { $0.formUnion($1.zones) }
    if !zones.isEmpty { return zones }
    let served = servedZones.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    if !served.isEmpty { return served }
    return endpoints.reduce(into: Set(natGateways.compactMap(\.zone))) { $0.formUnion($1.zones) }
  }

  /// The design the template builds, when it builds a way out at all.
  var design: DesignID? { design(azs: nil) }

  /// The services of the template's gateway endpoints (`s3`, `dynamodb`).
  var gatewayServices: Set<String> {
    Set(gatewayEndpoints.map { Self.service($0.properties?["ServiceName"]) })
  }

  /// The default-route targets of the functions' subnets that the template shows.
  var functionRoutes: [(function: VPCFunction, subnet: String, target: SubnetRoutes.Target)] {
    functions.flatMap { function in
      function.subnets.compactMap { subnet in
        routes.targets[subnet].map { (function, subnet, $0) }
      }
    }
  }

  /// The NAT gateways the functions' subnets route to, when every one of their template
  /// subnets has a route table in the template; nil when the routes do not show it.
  var usedNATGateways: Set<String>? {
    let subnets = functions.flatMap(\.subnets)
    guard !subnets.isEmpty, subnets.allSatisfy({ routes.targets[$0] != nil }) else { return nil }
    var used = Set<String>()
    for (_, _, target) in functionRoutes {
      if case .natGateway(let nat) = target { used.insert(nat) }
    }
    return used
  }

  /// The design, its layout judged against `azs` AZs when the template does not show the
  /// functions' AZs (the count given, or priced).
  func design(azs override: Int?) -> DesignID? {
    let zones = override ?? max(1, functionZones.count)
    let endpointZones = endpoints.map(\.zones.count).min() ?? 0
    // The NAT gateways the functions' traffic uses, where their subnets' routes show it: one
    // gateway for every AZ is single-AZ however many others exist.
    let used = usedNATGateways
    let natGateways =
      used.map { used in self.natGateways.filter { used.contains($0.resource.id) } }
      ?? self.natGateways
    let natZones =
      natGateways.contains { $0.resource.properties?["AvailabilityMode"]?.string == "regional" }
      ? zones : Set(natGateways.compactMap(\.zone)).count
    switch (natGateways.isEmpty, endpoints.isEmpty) {
    case (true, true): return nil
    case (true, false):
      if endpoints.allSatisfy(\.servedByHostedZone) { return .hubEndpoints }
      return endpointZones >= zones ? .privateLinkPerAZ : .privateLinkSingleAZ
    case (false, true):
      if natGateways.contains(where: {
        $0.resource.properties?["AvailabilityMode"]?.string == "regional"
      }) {
        return .natRegional
      }
      return natZones >= zones ? .natPerAZ : .natSingleAZ
    case (false, false):
      return natZones >= zones && endpointZones >= zones ? .hybridPerAZ : .hybridSingleAZ
    }
  }

  /// Every IAM statement the template grants to a role: (actions, resources, line, where).
  func statements(for role: String) -> [(
    actions: [String], resources: [TemplateNode], line: Int, source: String
  )] {
    var documents: [(TemplateNode, String)] = []
    if let resource = model.resource(role) {
      for policy in TemplateModel.items(resource.properties?["Policies"]) {
        if let document = policy["PolicyDocument"] { documents.append((document, role)) }
      }
    }
    for resource in model.resources
    where resource.type == "AWS::IAM::Policy" || resource.type == "AWS::IAM::ManagedPolicy" {
      let roles = TemplateModel.items(resource.properties?["Roles"]).compactMap(
        TemplateModel.target)
      if roles.contains(role), let document = resource.properties?["PolicyDocument"] {
        documents.append((document, resource.id))
      }
    }
    return documents.flatMap { document, source in Self.statements(in: document, source: source) }
  }

  /// The Allow statements of a policy document.
  static func statements(in document: TemplateNode, source: String) -> [(
    actions: [String], resources: [TemplateNode], line: Int, source: String
  )] {
    TemplateModel.items(document["Statement"]).compactMap { statement in
      guard statement["Effect"]?.string == "Allow" else { return nil }
      let actions = TemplateModel.items(statement["Action"]).compactMap(\.string)
      return (actions, TemplateModel.items(statement["Resource"]), statement.line, source)
    }
  }

  /// The managed policy ARNs a role has.
  func managedPolicies(of role: String) -> [String] {
    TemplateModel.items(model.resource(role)?.properties?["ManagedPolicyArns"]).map { node in
      node.string ?? node["Fn::Sub"]?.string ?? ""
    }
  }
}
