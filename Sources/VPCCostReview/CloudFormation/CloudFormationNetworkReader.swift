import VPCCostFormats

/// Reads a CloudFormation or SAM template into the network model the review checks and prices.
///
/// This is the one place that knows CloudFormation: resource types, property names,
/// intrinsic functions (`Ref`, `Fn::GetAtt`, `Fn::If` with settled conditions, `Fn::Split`,
/// `Fn::FindInMap`), SAM's `Globals`, implicit roles and policy templates. What the template
/// does not show stays unknown.
struct CloudFormationNetworkReader {
  private let template: TemplateModel
  private var zones: TemplateSubnetZones
  private var network = NetworkModel()
  /// The services each role's statements use, once per role and action context: a thousand
  /// functions sharing a role with fifty thousand actions read them once, not a thousand times.
  private var roleServices: [RoleServicesKey: [ServiceUse]] = [:]
  /// The policy statements granted to each role, indexed once.
  private var statementsByRole: [String: [(PolicyDocument.Statement, NetworkPlace)]]?
  /// The event sources Lambda polls for each function, from the event source mappings.
  private var mappedSources: [String: Set<String>]?
  /// Whether the template defines a search domain inside a VPC.
  private var searchDomainInVPC: Bool?

  /// A role and the context its actions are read in.
  private struct RoleServicesKey: Hashable {
    let role: String
    let context: FunctionServices.ActionContext
  }

  private init(_ root: TemplateNode, context: EvaluationContext) {
    template = TemplateModel(root, context: context)
    zones = TemplateSubnetZones(model: template)
  }

  /// The network a template builds.
  static func read(_ root: TemplateNode, context: EvaluationContext = EvaluationContext())
    -> NetworkModel
  {
    var reader = CloudFormationNetworkReader(root, context: context)
    return reader.readAll()
  }

  /// The network a template builds, or why CloudFormation would reject the template.
  static func readChecked(_ root: TemplateNode, context: EvaluationContext)
    throws(NetworkReadError) -> NetworkModel
  {
    var reader = CloudFormationNetworkReader(root, context: context)
    if let error = reader.template.conditionError { throw NetworkReadError(error.description) }
    return reader.readAll()
  }

  /// Reads every kind of element into the model.
  private mutating func readAll() -> NetworkModel {
    readVPCs()
    readSubnets()
    readRouteTables()
    readNATGateways()
    readEndpoints()
    readSecurityGroups()
    readIAM()
    readFunctions()
    readHostedZones()
    readTransitGatewayAttachments()
    readInstances()
    network.assumptions = zones.assumptions.union(template.conditionalResources)
    return network
  }

  private func place(_ resource: TemplateModel.Resource) -> NetworkPlace {
    NetworkPlace(id: resource.id, line: resource.line)
  }

  /// The id a value refers to: a logical id (`!Ref`, `!GetAtt`) or a literal id.
  private func reference(_ node: TemplateNode?) -> String? {
    TemplateModel.target(of: node) ?? node?.string
  }

  /// The ids a list refers to, evaluated: logical ids of the template's resources, literal
  /// ids, and parameters by name when their value is not shown.
  private func references(_ node: TemplateNode?) -> [String] {
    guard let node, let value = try? template.evaluator.value(node) else { return [] }
    let items = value.items ?? [value]
    return items.compactMap { item in
      switch item {
      case .reference(let id, _): return id
      case .text(let id): return id
      case .unknown(.parameter(let name)): return name
      default: return nil
      }
    }
  }

  private mutating func readInstances() {
    for type in ["AWS::EC2::Instance", "AWS::EC2::NetworkInterface"] {
      for instance in template.resources(of: type) {
        network.instanceLines[instance.id] = instance.line
      }
    }
  }

  private mutating func readTransitGatewayAttachments() {
    for type in ["AWS::EC2::TransitGatewayAttachment", "AWS::EC2::TransitGatewayVpcAttachment"] {
      for attachment in template.resources(of: type) {
        network.transitGatewayAttachments.append(
          TransitGatewayAttachment(
            place: place(attachment), vpc: reference(attachment.properties?["VpcId"]),
            zones: zones.zones(of: attachment.properties?["SubnetIds"])))
      }
    }
  }

  private func ids(_ node: TemplateNode?) -> [String] {
    TemplateModel.items(node).compactMap(TemplateModel.target)
  }

  private mutating func readVPCs() {
    func setting(_ node: TemplateNode?) -> VPCNetwork.Setting {
      guard let node else { return .unset }
      return template.boolean(node).map { $0 ? .on : .off } ?? .unsettled
    }
    network.vpcs = template.resources(of: "AWS::EC2::VPC").map { vpc in
      let hostnames = vpc.properties?["EnableDnsHostnames"]
      let support = vpc.properties?["EnableDnsSupport"]
      return VPCNetwork(
        place: place(vpc), dnsHostnames: setting(hostnames), dnsHostnamesLine: hostnames?.line,
        dnsSupport: setting(support), dnsSupportLine: support?.line)
    }
  }

  private mutating func readSubnets() {
    network.subnets = template.resources(of: "AWS::EC2::Subnet").map {
      NetworkSubnet(place: place($0), zone: zones.zone(of: $0))
    }
  }

  /// Route tables by the id routes and associations name (a table from outside the template
  /// still groups them), in the order first named.
  private mutating func readRouteTables() {
    var order: [String] = []
    var routes: [String: [RouteTable.Route]] = [:]
    var associations: [String: [RouteTable.Association]] = [:]
    for route in template.resources(of: "AWS::EC2::Route") {
      guard let table = TemplateModel.target(of: route.properties?["RouteTableId"]) else {
        continue
      }
      if routes[table] == nil && associations[table] == nil { order.append(table) }
      routes[table, default: []].append(
        RouteTable.Route(
          destination: route.properties?["DestinationCidrBlock"]?.string,
          target: Self.target(of: route)))
    }
    for association in template.resources(of: "AWS::EC2::SubnetRouteTableAssociation") {
      guard let table = TemplateModel.target(of: association.properties?["RouteTableId"]),
        let subnet = association.properties?["SubnetId"]
      else { continue }
      if routes[table] == nil && associations[table] == nil { order.append(table) }
      let id = TemplateModel.target(of: subnet)
      // What was assumed about a subnet's AZ is said only where it counts: the AZs a NAT
      // gateway serves.
      var resolver = zones
      let zone = resolver.zone(of: subnet)
      if routes[table]?.contains(where: \.target.isNATGateway) == true { zones = resolver }
      associations[table, default: []].append(
        RouteTable.Association(
          subnet: template.resource(id ?? "")?.type == "AWS::EC2::Subnet" ? id : nil, zone: zone))
    }
    network.routeTables = order.map { table in
      RouteTable(
        place: NetworkPlace(id: table, line: template.resource(table)?.line ?? 0),
        routes: routes[table] ?? [], associations: associations[table] ?? [])
    }
  }

  /// What a route points at, by the property it sets.
  static func target(of route: TemplateModel.Resource) -> RouteTarget {
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
    return .none
  }

  private mutating func readNATGateways() {
    for nat in template.resources(of: "AWS::EC2::NatGateway") {
      let subnet = nat.properties?["SubnetId"]
      network.natGateways.append(
        NATGateway(
          place: place(nat), zone: subnet.map { zones.zone(of: $0) },
          regional: nat.properties?["AvailabilityMode"]?.string == "regional"))
    }
  }

  private mutating func readEndpoints() {
    let aliased = aliasTargets()
    for endpoint in template.resources(of: "AWS::EC2::VPCEndpoint") {
      let properties = endpoint.properties
      let service = service(properties?["ServiceName"])
      switch properties?["VpcEndpointType"]?.string ?? "Gateway" {
      case "Gateway":
        network.gatewayEndpoints.append(
          GatewayEndpoint(
            place: place(endpoint), service: service,
            routeTables: references(properties?["RouteTableIds"])))
      case "Interface":
        let privateDNS = properties?["PrivateDnsEnabled"]
        network.interfaceEndpoints.append(
          InterfaceEndpoint(
            place: place(endpoint), service: service,
            vpc: reference(properties?["VpcId"]),
            zones: zones.zones(of: properties?["SubnetIds"]),
            zonesUnknownBecause: zones.unknownReason,
            subnetsLine: properties?["SubnetIds"]?.line,
            // Absent is false (CloudFormation's default); a value the template does not show
            // (a parameter without a default, a condition) is not taken to be false.
            privateDNS: privateDNS.map { template.boolean($0) ?? true } ?? false,
            privateDNSLine: privateDNS?.line, servedByHostedZone: aliased.contains(endpoint.id),
            securityGroups: ids(properties?["SecurityGroupIds"]),
            hasSecurityGroups: !TemplateModel.items(properties?["SecurityGroupIds"]).isEmpty))
      default:
        continue
      }
    }
  }

  /// The resources an alias record in a private hosted zone of the template points at: the
  /// endpoints whose DNS entries a zone associated with VPCs serves.
  private func aliasTargets() -> Set<String> {
    let privateZones = Set(
      template.resources(of: "AWS::Route53::HostedZone").filter {
        !TemplateModel.items($0.properties?["VPCs"]).isEmpty
      }.map(\.id))
    var targets = Set<String>()
    for record in template.resources(of: "AWS::Route53::RecordSet") {
      guard let zone = TemplateModel.target(of: record.properties?["HostedZoneId"]),
        privateZones.contains(zone), let alias = record.properties?["AliasTarget"]
      else { continue }
      targets.formUnion(TemplateModel.attributeTargets(in: alias))
    }
    return targets
  }

  /// The service of an endpoint from `ServiceName`, evaluated (`Fn::Sub`, `Fn::Join`,
  /// `Fn::FindInMap`, `Fn::If` whose branches name one service): `lambda` for
  /// `com.amazonaws.${AWS::Region}.lambda`, `vpce-svc-...` for a customer's endpoint service,
  /// or `unknown`.
  private func service(_ node: TemplateNode?) -> String {
    guard let node, let value = try? template.evaluator.value(node) else {
      return Self.service(node)
    }
    let names = Self.serviceNames(value).map(Self.service(named:))
    if let first = names.first, names.allSatisfy({ $0 == first }) { return first }
    return "unknown"
  }

  /// The names an evaluated `ServiceName` may be, with a region not shown as `REGION`.
  private static func serviceNames(_ value: TemplateValue) -> [String] {
    switch value {
    case .text(let text): return [text]
    case .composite(let pieces):
      // The region not given stands for any region; any other piece not shown (a parameter
      // without a default) leaves the name unknown.
      return [
        pieces.map { piece in
          if case .unknown(.pseudo("AWS::Region")) = piece { return "REGION" }
          return piece.text ?? "${?}"
        }.joined()
      ]
    case .oneOf(let options, _): return options.flatMap(serviceNames)
    default: return []
    }
  }

  /// The service in an endpoint service name: what follows `com.amazonaws.REGION.`, or the
  /// `vpce-svc-...` id of a customer's service (`com.amazonaws.vpce.REGION.vpce-svc-...`).
  static func service(named text: String) -> String {
    if let customer = text.firstRange(of: /vpce-svc-[0-9a-z]+/) { return String(text[customer]) }
    // SageMaker's notebook and studio endpoints: aws.sagemaker.REGION.notebook.
    if let range = text.firstRange(of: /aws\.sagemaker\.[^.]+\./) {
      let rest = text[range.upperBound...]
      return rest.isEmpty || rest.contains("$") ? "unknown" : "aws.sagemaker." + rest
    }
    guard let range = text.firstRange(of: /com\.amazonaws\.[^.]+\./) else { return "unknown" }
    let rest = text[range.upperBound...]
    return rest.isEmpty || rest.contains("$") ? "unknown" : String(rest)
  }

  /// The service of an endpoint from `ServiceName` as written, without evaluating it.
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
    let rest = text[range.upperBound...]
    return rest.isEmpty || rest.contains("$") ? "unknown" : String(rest)
  }

  /// Security groups with their own rules and those of separate ingress and egress resources.
  private mutating func readSecurityGroups() {
    func rules(_ nodes: [TemplateNode]) -> [SecurityRule] {
      nodes.map { rule in
        SecurityRule(
          protocolName: rule["IpProtocol"]?.string ?? "", fromPort: rule["FromPort"]?.string,
          toPort: rule["ToPort"]?.string, ipv4Range: rule["CidrIp"]?.string,
          allowsIPv4Range: rule["CidrIp"] != nil, ipv6Range: rule["CidrIpv6"]?.string,
          sourceGroup: TemplateModel.target(of: rule["SourceSecurityGroupId"]), line: rule.line)
      }
    }
    // The separate rule resources by the group they attach to, found once.
    func byGroup(_ type: String) -> [String: [TemplateNode]] {
      var rules: [String: [TemplateNode]] = [:]
      for rule in template.resources(of: type) {
        guard let group = TemplateModel.target(of: rule.properties?["GroupId"]),
          let properties = rule.properties
        else { continue }
        rules[group, default: []].append(properties)
      }
      return rules
    }
    let ingressRules = byGroup("AWS::EC2::SecurityGroupIngress")
    let egressRules = byGroup("AWS::EC2::SecurityGroupEgress")
    func attached(_ type: String, to group: String) -> [TemplateNode] {
      (type == "AWS::EC2::SecurityGroupIngress" ? ingressRules : egressRules)[group] ?? []
    }
    network.securityGroups = template.resources(of: "AWS::EC2::SecurityGroup").map { group in
      let egress = group.properties?["SecurityGroupEgress"]
      // Rules behind an Fn::If are read in the branch the template settles; a condition it
      // does not settle leaves the rules not shown, and they are not checked.
      let ingress = template.settledItems(group.properties?["SecurityGroupIngress"])
      let egressRules = template.settledItems(egress)
      return SecurityGroup(
        place: place(group), vpc: reference(group.properties?["VpcId"]),
        ingress: rules((ingress ?? []) + attached("AWS::EC2::SecurityGroupIngress", to: group.id)),
        egress: rules(
          (egressRules ?? []) + attached("AWS::EC2::SecurityGroupEgress", to: group.id)),
        egressLine: egress.map { $0.keyLine ?? $0.line },
        rulesShown: ingress != nil && egressRules != nil)
    }
  }

  /// Roles with their trust principals and managed policies, and every policy document with
  /// the roles it is granted to (a role's inline policies, and policy resources).
  private mutating func readIAM() {
    // Managed policies of the template that roles attach by reference (`ManagedPolicyArns:
    // [!Ref Policy]`), by policy.
    var attachedBy: [String: [String]] = [:]
    for role in template.resources(of: "AWS::IAM::Role") {
      for item in TemplateModel.items(role.properties?["ManagedPolicyArns"]) {
        if let policy = TemplateModel.target(of: item) {
          attachedBy[policy, default: []].append(role.id)
        }
      }
    }
    for role in template.resources(of: "AWS::IAM::Role") {
      let trust = TemplateModel.items(role.properties?["AssumeRolePolicyDocument"]?["Statement"])
      network.roles.append(
        IAMRole(
          place: place(role),
          principals: trust.flatMap { statement in
            TemplateModel.items(statement["Principal"]?["Service"]).compactMap { service in
              service.string.map { IAMRole.Principal(name: $0, line: service.line) }
            }
          },
          managedPolicies: TemplateModel.items(role.properties?["ManagedPolicyArns"]).map {
            $0.string ?? $0["Fn::Sub"]?.string ?? ""
          }))
      for policy in TemplateModel.items(role.properties?["Policies"]) {
        if let document = policy["PolicyDocument"] {
          network.policies.append(
            PolicyDocument(
              owner: place(role), roles: [role.id], statements: Self.statements(in: document)))
        }
      }
    }
    for policy in template.resources
    where policy.type == "AWS::IAM::Policy" || policy.type == "AWS::IAM::ManagedPolicy" {
      guard let document = policy.properties?["PolicyDocument"] else { continue }
      network.policies.append(
        PolicyDocument(
          owner: place(policy),
          roles: ids(policy.properties?["Roles"]) + attachedBy[policy.id, default: []],
          statements: Self.statements(in: document)))
    }
  }

  /// The Allow statements of a policy document.
  static func statements(in document: TemplateNode) -> [PolicyDocument.Statement] {
    TemplateModel.items(document["Statement"]).compactMap { statement in
      guard statement["Effect"]?.string == "Allow" else { return nil }
      let wildcard = TemplateModel.items(statement["Resource"]).first { $0.string == "*" }
      return PolicyDocument.Statement(
        actions: TemplateModel.items(statement["Action"]).compactMap(\.string),
        wildcardResourceLine: wildcard.map { $0.keyLine ?? $0.line }, line: statement.line)
    }
  }

  /// The kinds of event source (`kinesis`, `sqs`, `dynamodb`) Lambda polls for each function,
  /// from the template's event source mappings, read once.
  private func eventSourceMappings() -> [String: Set<String>] {
    var sources: [String: Set<String>] = [:]
    for mapping in template.resources(of: "AWS::Lambda::EventSourceMapping") {
      guard let function = TemplateModel.target(of: mapping.properties?["FunctionName"]) else {
        continue
      }
      let source =
        TemplateModel.target(of: mapping.properties?["EventSourceArn"])
        .flatMap { template.resource($0)?.type } ?? mapping.properties?["EventSourceArn"]?.string
        ?? ""
      if source.contains("Kinesis") || source.contains(":kinesis:") {
        sources[function, default: []].insert("kinesis")
      }
      if source.contains("SQS") || source.contains(":sqs:") {
        sources[function, default: []].insert("sqs")
      }
      if source.contains("DynamoDB") || source.contains(":dynamodb:") {
        sources[function, default: []].insert("dynamodb")
      }
    }
    return sources
  }

  /// Every function (Lambda and SAM), with its VPC placement when it has `VpcConfig` with
  /// subnets.
  private mutating func readFunctions() {
    for resource in template.resources where resource.type.hasSuffix("::Function") {
      let lambda =
        resource.type == "AWS::Serverless::Function" || resource.type == "AWS::Lambda::Function"
      let runtime = template.property("Runtime", of: resource)
      // SAM takes neither Role nor Policies from Globals.
      let role = resource.properties?["Role"]
      let policies = TemplateModel.items(resource.properties?["Policies"])
      let functionRole: FunctionRole =
        if let id = TemplateModel.target(of: role) {
          .defined(id)
        } else if role == nil && resource.type == "AWS::Serverless::Function" {
          .created(grants: policies.compactMap(\.string))
        } else {
          .external
        }
      network.functions.append(
        NetworkFunction(
          place: place(resource),
          runtime: runtime.flatMap { try? template.evaluator.value($0).text },
          runtimeLine: runtime?.line,
          role: functionRole,
          services: lambda ? services(of: resource.id, policies: policies, role: functionRole) : [],
          vpc: lambda ? attachment(of: resource) : nil,
          invokes: invokedFunctions(by: resource)))
    }
  }

  /// The template's functions that a function's environment names (`!Ref F`, `!GetAtt F.Arn`,
  /// `!Sub '${F}'`): the functions its code invokes.
  private func invokedFunctions(by function: TemplateModel.Resource) -> [String] {
    let variables = template.property("Environment", of: function)?["Variables"]?.members ?? []
    var named: [String] = []
    for (_, value) in variables {
      var ids = TemplateModel.attributeTargets(in: value)
      if let id = TemplateModel.target(of: value) { ids.insert(id) }
      if let text = value["Fn::Sub"]?.string ?? value["Fn::Sub"]?.array?.first?.string {
        for match in text.matches(of: /\$\{([A-Za-z0-9]+)/) { ids.insert(String(match.1)) }
      }
      named += ids.sorted().filter { id in
        id != function.id
          && ["AWS::Lambda::Function", "AWS::Serverless::Function"].contains(
            template.resource(id)?.type ?? "")
      }
    }
    return named
  }

  /// Where a function runs in a VPC, or nil when it has no `VpcConfig` with subnets.
  private mutating func attachment(of function: TemplateModel.Resource) -> VPCAttachment? {
    guard let vpc = template.property("VpcConfig", of: function), let subnets = vpc["SubnetIds"]
    else { return nil }
    let functionZones = zones.zones(of: subnets)
    let templateSubnets = references(subnets).filter {
      template.resource($0)?.type == "AWS::EC2::Subnet"
    }
    return VPCAttachment(
      subnets: templateSubnets, zones: functionZones, unknownZones: zones.unknownReason,
      securityGroups: ids(vpc["SecurityGroupIds"]),
      subnetsLine: subnets.line)
  }

  /// The services a function's permissions use: SAM policy templates and managed policy
  /// names on it, statements in its own policies, then its role's statements.
  ///
  /// Each service once, with the first place that shows it (all the review says of it).
  private mutating func services(
    of function: String, policies: [TemplateNode], role: FunctionRole
  ) -> [ServiceUse] {
    let context = actionContext(of: function)
    var uses = UniqueServiceUses()
    for policy in policies {
      if let name = policy.members?.first?.key, let service = SAMPolicyTemplates.service(name) {
        uses.add(service) { "\(name) on \(function)" }
      }
      if let managed = policy.string,
        let service = SAMPolicyTemplates.service(managed) ?? AWSManagedPolicies.service(managed)
      {
        uses.add(service) { "\(managed) on \(function)" }
      }
      if policy["Statement"] != nil {
        for statement in Self.statements(in: policy) {
          for action in statement.actions {
            guard let service = FunctionServices.service(ofAction: action, context: context)
            else { continue }
            uses.add(service) { "\(action) in the policy of \(function)" }
          }
        }
      }
    }
    if case .defined(let id) = role {
      for use in roleUses(id, context: context) { uses.add(use.service) { use.source } }
    }
    return uses.uses
  }

  /// The services a role's statements and managed policies use in a context, each once,
  /// worked out once per role and context.
  private mutating func roleUses(_ role: String, context: FunctionServices.ActionContext)
    -> [ServiceUse]
  {
    let key = RoleServicesKey(role: role, context: context)
    if let known = roleServices[key] { return known }
    if statementsByRole == nil {
      var index: [String: [(PolicyDocument.Statement, NetworkPlace)]] = [:]
      for document in network.policies {
        for role in Set(document.roles) {
          index[role, default: []] += document.statements.map { ($0, document.owner) }
        }
      }
      statementsByRole = index
    }
    var uses = UniqueServiceUses()
    for (statement, owner) in statementsByRole?[role] ?? [] {
      for action in statement.actions {
        guard let service = FunctionServices.service(ofAction: action, context: context)
        else { continue }
        uses.add(service) { "\(action) in \(owner.id)" }
      }
    }
    for managed in network.role(role)?.managedPolicies ?? [] {
      if let service = AWSManagedPolicies.service(managed) {
        let name = managed.split(separator: "/").last.map(String.init) ?? managed
        uses.add(service) { "\(name) on \(role)" }
      }
    }
    roleServices[key] = uses.uses
    return uses.uses
  }

  private mutating func readHostedZones() {
    network.hostedZones = template.resources(of: "AWS::Route53::HostedZone").map {
      HostedZone(place: place($0), vpcCount: TemplateModel.items($0.properties?["VPCs"]).count)
    }
  }

  /// What changes which of a function's actions leave the VPC: the event sources Lambda polls
  /// for it (SAM `Events` of type Kinesis, DynamoDB or SQS; `AWS::Lambda::EventSourceMapping`
  /// resources naming it) and whether the template's search domain is inside a VPC.
  private mutating func actionContext(of function: String) -> FunctionServices.ActionContext {
    var context = FunctionServices.ActionContext()
    let kinds = ["Kinesis": "kinesis", "DynamoDB": "dynamodb", "SQS": "sqs"]
    for (_, event) in template.resource(function)?.properties?["Events"]?.members ?? [] {
      if let kind = event["Type"]?.string.flatMap({ kinds[$0] }) {
        context.eventSources.insert(kind)
      }
    }
    if mappedSources == nil { mappedSources = eventSourceMappings() }
    context.eventSources.formUnion(mappedSources?[function] ?? [])
    if searchDomainInVPC == nil {
      searchDomainInVPC =
        (template.resources(of: "AWS::OpenSearchService::Domain")
        + template.resources(of: "AWS::Elasticsearch::Domain")).contains {
          $0.properties?["VPCOptions"] != nil
        }
    }
    context.searchDomainInVPC = searchDomainInVPC ?? false
    return context
  }
}
