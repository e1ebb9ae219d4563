import VPCCostCore

/// The checks of a review: each reads the network model and returns its findings.
enum ReviewChecks {
  static let eniActions = [
    "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface",
  ]

  /// Every check's findings, most severe first; `used` are the services the functions'
  /// permissions use.
  static func all(_ network: NetworkModel, used: FunctionServices, today: Int)
    -> [ReviewFinding]
  {
    var findings = wayOut(network, used: used)
    findings += serviceChecks(network, used: used)
    findings += endpointChecks(network)
    findings += natChecks(network)
    findings += roleChecks(network)
    findings += principalChecks(network)
    findings += wildcardChecks(network)
    findings += runtimeChecks(network, today: today)
    findings += dnsAttributeChecks(network)
    findings += routeChecks(network)
    findings += egressChecks(network)
    return findings.sorted { ($0.severity, $0.line) < ($1.severity, $1.line) }
  }

  private static func finding(
    _ rule: ReviewRule, _ severity: ReviewFinding.Severity, _ place: NetworkPlace,
    line: Int? = nil, _ message: String
  ) -> ReviewFinding {
    ReviewFinding(
      rule: rule, severity: severity, resource: place.id, line: line ?? place.line,
      message: message)
  }

  /// VPC functions with neither a NAT gateway nor an interface endpoint cannot reach AWS services.
  ///
  /// When the functions' subnets are not the template's own, their network (and its way out)
  /// is defined elsewhere: the template cannot show that it has none, so it is only noted.
  /// Functions that use only S3 and DynamoDB, through the template's gateway endpoints, have
  /// their way out.
  static func wayOut(_ network: NetworkModel, used: FunctionServices) -> [ReviewFinding] {
    guard network.design == nil, let function = network.vpcFunctions.first?.function else {
      return []
    }
    if !used.names.isEmpty, used.interfaceServices.isEmpty,
      used.names.allSatisfy(network.gatewayServices.contains)
    {
      return []
    }
    if !network.vpcFunctions.contains(where: \.vpc.subnetsInNetwork) {
      return [
        finding(
          .noWayOut, .info, function.place,
          "\(function.place.id) runs in subnets the template does not define: their network, and whether it has a NAT gateway or interface endpoints, is defined elsewhere and not reviewed here"
        )
      ]
    }
    let targets = network.functionRoutes.map(\.target)
    // A NAT instance or a route elsewhere is a way out (findings of their own say so); a
    // public subnet has its own error.
    if targets.contains(where: {
      switch $0 {
      case .natInstance, .elsewhere, .internetGateway: return true
      default: return false
      }
    }) {
      return []
    }
    if !network.natGateways.isEmpty {
      return [
        finding(
          .noWayOut, .error, function.place,
          "\(function.place.id)'s subnets route to none of the template's NAT gateways, and the template has no interface endpoint: it cannot reach AWS services outside the VPC"
        )
      ]
    }
    return [
      finding(
        .noWayOut, .error, function.place,
        "\(function.place.id) runs in a VPC but the template has no NAT gateway and no interface endpoint: it cannot reach AWS services outside the VPC"
      )
    ]
  }

  /// What the functions' subnets' default routes show: NAT gateways no function uses, functions
  /// in public subnets, NAT instances, and ways out defined elsewhere.
  static func routeChecks(_ network: NetworkModel) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    if let used = network.usedNATGateways {
      for nat in network.natGateways where !used.contains(nat.place.id) {
        findings.append(
          finding(
            .idleNATGateway, .warning, nat.place,
            "no route of the functions' subnets points at this NAT gateway: it is billed every hour (with its public IPv4 address) and carries none of their traffic; remove it, or route their private subnets to it"
          ))
      }
    }
    // A function whose subnets the template places all in one AZ stops with that AZ.
    for (function, vpc) in network.vpcFunctions
    where vpc.unknownZones == nil && vpc.zones.count == 1 && vpc.subnetsInNetwork
      && vpc.zones.first?.isKnown == true
    {
      findings.append(
        finding(
          .functionInOneAZ, .warning, function.place, line: vpc.subnetsLine,
          "\(function.place.id) runs in subnets of one AZ only: it stops when that AZ fails; give it subnets in two AZs or more"
        ))
    }
    var seen = Set<String>()
    for (function, subnet, target) in network.functionRoutes
    where seen.insert(function.place.id + "/" + subnet).inserted {
      switch target {
      case .internetGateway(let gateway):
        findings.append(
          finding(
            .functionInPublicSubnet, .error, function.place,
            "\(function.place.id) runs in \(subnet), whose default route goes to the internet gateway \(gateway): Lambda gives functions no public IP address, so from it they reach neither the internet nor AWS services; use private subnets routed to a NAT gateway or endpoints"
          ))
      case .natInstance(let instance):
        findings.append(
          finding(
            .natInstance, .info, function.place,
            "\(function.place.id) leaves \(subnet) through a NAT instance (\(instance)): a way out, which vpccost does not price (the comparison shows the managed designs)"
          ))
      case .elsewhere(let target):
        findings.append(
          finding(
            .natInstance, .info, function.place,
            "\(function.place.id) leaves \(subnet) through \(target) (a Transit Gateway, peering or VPN route): its way out is defined elsewhere and not reviewed here"
          ))
      case .none where network.interfaceEndpoints.isEmpty && !network.natGateways.isEmpty:
        // With NAT gateways elsewhere in the template, this subnet was left out of them.
        findings.append(
          finding(
            .noWayOut, .error, function.place,
            "\(function.place.id) runs in \(subnet), whose route table has no default route, and the template has no interface endpoint: what runs in that subnet cannot reach AWS services"
          ))
      case .natGateway, .none:
        continue
      }
    }
    return findings
  }

  static func endpointChecks(_ network: NetworkModel) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    let functionGroups = Set(network.vpcFunctions.flatMap(\.vpc.securityGroups))
    let functionZones = network.functionZones
    var checkedGroups = Set<String>()
    for endpoint in network.interfaceEndpoints {
      let place = endpoint.place
      if !endpoint.privateDNS && !endpoint.servedByHostedZone && !endpoint.isCustomerService {
        findings.append(
          finding(
            .endpointPrivateDNS, .error, place, line: endpoint.privateDNSLine,
            "interface endpoint without private DNS (\(network.vocabulary.privateDNSOn)): the SDK's default name for \(endpoint.service) still resolves to the public endpoint, so calls bypass it"
          ))
      }
      if endpoint.zones.count < functionZones.count {
        findings.append(
          finding(
            .endpointZones, .warning, place, line: endpoint.subnetsLine,
            "the endpoint has ENIs in \(endpoint.zones.count) AZ\(endpoint.zones.count == 1 ? "" : "s") but the functions run in \(functionZones.count): the others cross AZs and lose it if its AZ fails"
          ))
      }
      if endpoint.service == "s3" || endpoint.service == "dynamodb" {
        findings.append(
          finding(
            .interfaceEndpointForGatewayService, .warning, place,
            "an interface endpoint for \(endpoint.service) costs per hour and per GB; a gateway endpoint (\(network.vocabulary.gatewayEndpointType)) is free and serves the same traffic from the VPC"
          ))
      }
      if !endpoint.hasSecurityGroups {
        findings.append(
          finding(
            .endpointWithoutSecurityGroup, .warning, place,
            "the endpoint names no security group (\(network.vocabulary.endpointSecurityGroups)), so it gets the VPC's default one; give it one that allows TCP 443 from the functions' security group"
          ))
      }
      for group in endpoint.securityGroups where checkedGroups.insert(group).inserted {
        findings += ingressChecks(
          group: group, of: endpoint, functionGroups: functionGroups, network: network)
      }
    }
    return findings
  }

  /// The endpoint's security group must allow TCP 443 from the functions, and not from anywhere.
  ///
  /// A rule naming the functions' security group is advised only where it can work: for
  /// functions in the endpoint's own VPC. Clients in other VPCs (a shared hub's spokes, peered
  /// VPCs, load balancer IP targets) are allowed by their CIDR ranges.
  static func ingressChecks(
    group: String, of endpoint: InterfaceEndpoint, functionGroups: Set<String>,
    network: NetworkModel
  ) -> [ReviewFinding] {
    guard let group = network.securityGroup(group), group.rulesShown else { return [] }
    let https = group.ingress.filter(\.allowsHTTPS)
    let functionNames = functionGroups.sorted().joined(separator: ", ")
    if let open = https.first(where: { $0.openRange != nil }) {
      let anywhere = open.openRange ?? ""
      let neighbours = functionGroups.contains {
        network.securityGroup($0)?.vpc.map { $0 == endpoint.vpc } ?? false
      }
      let advice =
        if endpoint.servedByHostedZone {
          "allow it only from the spoke VPCs' CIDR ranges: a security group reference reaches only clients in the endpoint's own VPC"
        } else if neighbours {
          "allow it from the functions' security group (\(functionNames)) instead (\(network.vocabulary.sourceSecurityGroup))"
        } else if functionGroups.isEmpty {
          "allow it from its clients' security group (\(network.vocabulary.sourceSecurityGroup)) where they run in the endpoint's VPC, or from their CIDR ranges where they do not (a security group reference reaches only the endpoint's own VPC)"
        } else {
          "allow it only from the CIDR ranges of the functions' VPC: the template does not show the functions in the endpoint's VPC, and a security group reference reaches only that VPC"
        }
      return [
        finding(
          .endpointOpenIngress, .warning, group.place, line: open.line,
          "the endpoint's security group allows TCP 443 from anywhere (\(anywhere)); \(advice)")
      ]
    }
    let fromFunctions = https.contains { rule in
      guard let source = rule.sourceGroup else { return rule.allowsIPv4Range }
      // Without functions in the template, the source group is taken to be theirs.
      return functionGroups.isEmpty || functionGroups.contains(source)
    }
    guard !fromFunctions else { return [] }
    return [
      finding(
        .endpointBlocksFunctions, .error, group.place,
        "the endpoint's security group does not allow TCP 443 from the functions\(functionNames.isEmpty ? "" : " (\(functionNames))"): their calls through the endpoint time out"
      )
    ]
  }

  /// One zonal NAT gateway serving private subnets in several AZs.
  ///
  /// Served AZs come from its routes, or, for the only gateway, from the functions' AZs. A
  /// regional NAT gateway is meant to serve several.
  static func natChecks(_ network: NetworkModel) -> [ReviewFinding] {
    network.natGateways.compactMap { nat in
      guard !nat.regional else { return nil }
      let served =
        network.servedZones(of: nat.place.id)?.count
        ?? (network.natGateways.count == 1 ? network.functionZones.count : 1)
      guard served > 1 else { return nil }
      return finding(
        .natSharedAcrossAZs, .warning, nat.place,
        "one NAT gateway serves private subnets in \(served) AZs: the other AZs pay cross-AZ transfer and lose their way out if its AZ fails; use one NAT gateway (and route table) per AZ"
      )
    }
  }

  /// VPC functions need ENI permissions and, to call Lambda, lambda:InvokeFunction.
  static func roleChecks(_ network: NetworkModel) -> [ReviewFinding] {
    let usedRoles = Set(
      network.functions.compactMap { function -> String? in
        guard case .defined(let role) = function.role else { return nil }
        return role
      })
    let unusedGrants = network.roles.filter { !usedRoles.contains($0.place.id) }.flatMap { role in
      network.statements(for: role.place.id).map { (role: role.place.id, grant: $0) }
    }
    var findings: [ReviewFinding] = []
    // What each role grants, worked out once however many functions share it.
    var roleGrants: [String: (eni: Bool, invokes: Bool)] = [:]
    func grants(_ granted: [String], managedENI: Bool) -> (eni: Bool, invokes: Bool) {
      (
        managedENI
          || eniActions.allSatisfy { action in granted.contains { covers($0, action) } },
        granted.contains { covers($0, "lambda:InvokeFunction") }
      )
    }
    for (function, _) in network.vpcFunctions {
      let granted: (eni: Bool, invokes: Bool)
      let whose: String
      switch function.role {
      case .defined(let role):
        if let known = roleGrants[role] {
          granted = known
        } else {
          granted = grants(
            network.statements(for: role).flatMap(\.statement.actions),
            managedENI: network.role(role)?.managedPolicies.contains {
              $0.contains("AWSLambdaVPCAccessExecutionRole")
            } ?? false)
          roleGrants[role] = granted
        }
        whose = "its role \(role)"
      case .created(let actions):
        // SAM adds AWSLambdaVPCAccessExecutionRole to functions with VpcConfig.
        granted = grants(actions, managedENI: true)
        whose = network.vocabulary.generatedRole
      case .external:
        continue
      }
      let hasENI = granted.eni
      let invokes = granted.invokes
      let missing: [(name: String, action: String, lacking: Bool)] = [
        ("the ENI permissions of AWSLambdaVPCAccessExecutionRole", eniActions[0], !hasENI),
        ("lambda:InvokeFunction", "lambda:InvokeFunction", !invokes),
      ]
      for (name, action, lacking) in missing where lacking {
        guard
          let unused = unusedGrants.first(where: {
            $0.grant.statement.actions.contains { covers($0, action) }
          })
        else { continue }
        findings.append(
          finding(
            .roleLacksPermission, .error, function.place,
            "\(function.place.id) runs with \(whose), which lacks \(name); \(unused.grant.owner.id) grants it to \(unused.role), which no function uses: give \(function.place.id) that role (\(network.vocabulary.setRole(unused.role)))"
          ))
      }
    }
    return findings
  }

  /// Whether an IAM action pattern covers an action (`*`, `lambda:*`, exact).
  static func covers(_ pattern: String, _ action: String) -> Bool {
    if pattern == "*" || pattern.lowercased() == action.lowercased() { return true }
    if pattern.hasSuffix("*") {
      return action.lowercased().hasPrefix(pattern.dropLast().lowercased())
    }
    return false
  }

  /// Service principals must be bare host names such as lambda.amazonaws.com.
  static func principalChecks(_ network: NetworkModel) -> [ReviewFinding] {
    network.roles.flatMap { role in
      role.principals.compactMap { principal -> ReviewFinding? in
        guard principal.name.wholeMatch(of: /[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?/) == nil
        else { return nil }
        return finding(
          .malformedServicePrincipal, .error, role.place, line: principal.line,
          "the service principal \(quoting: principal.name) is not a bare service host name; AWS rejects the role: write lambda.amazonaws.com"
        )
      }
    }
  }

  /// lambda:InvokeFunction on Resource "*" when the template defines the functions to invoke.
  ///
  /// The functions to scope a grant to: those the functions' environments name (their code's
  /// callees); else the template's functions other than the grant's holders (a caller is not
  /// the function it invokes); else, when no function holds it, those outside the VPC.
  static func wildcardChecks(_ network: NetworkModel) -> [ReviewFinding] {
    let named = Set(network.functions.flatMap(\.invokes))
    let inVPC = Set(network.vpcFunctions.map(\.function.place.id))
    return network.policies.flatMap { document in
      let holders = Set(
        network.functions.filter { function in
          if function.place.id == document.owner.id { return true }
          if case .defined(let role) = function.role { return document.roles.contains(role) }
          return false
        }.map(\.place.id))
      let targets = network.functions.map(\.place.id).filter {
        if !named.isEmpty { return named.contains($0) }
        return holders.isEmpty ? !inVPC.contains($0) : !holders.contains($0)
      }
      guard !targets.isEmpty else { return [ReviewFinding]() }
      return document.statements.compactMap { statement -> ReviewFinding? in
        guard statement.actions.contains(where: { covers($0, "lambda:InvokeFunction") }),
          let line = statement.wildcardResourceLine
        else { return nil }
        return finding(
          .invokeOnWildcard, .warning, document.owner, line: line,
          "lambda:InvokeFunction is granted on Resource: \"*\"; scope it to the function the template defines: \(targets.map(network.vocabulary.functionARN).joined(separator: ", ")) (and keep the ENI and log actions, which need \"*\", in their own statement)"
        )
      }
    }
  }

  /// Runtimes AWS has deprecated by `today` (days since 1970-01-01), from AWS's whole
  /// deprecation table.
  static func runtimeChecks(_ network: NetworkModel, today: Int) -> [ReviewFinding] {
    network.functions.compactMap { function in
      guard let runtime = function.runtime, let date = LambdaRuntimes.deprecation[runtime],
        let day = CalendarDate.dayNumber(date), day <= today
      else { return nil }
      return finding(
        .deprecatedRuntime, .warning, function.place, line: function.runtimeLine,
        "the runtime \(runtime) was deprecated on \(date) (\(LambdaRuntimes.source), read \(LambdaRuntimes.checked)): it gets no security patches, and Lambda blocks creating and then updating functions on it; use \(LambdaRuntimes.replacement(for: runtime))"
      )
    }
  }

  /// Endpoints with private DNS need their VPC's DNS hostnames and DNS support.
  ///
  /// Checked where the template defines the VPC (elsewhere it cannot show them).
  static func dnsAttributeChecks(_ network: NetworkModel) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    var checked = Set<String>()
    for endpoint in network.interfaceEndpoints where endpoint.privateDNS {
      guard let id = endpoint.vpc, let vpc = network.vpc(id), checked.insert(id).inserted
      else { continue }
      // The defaults of CloudFormation and of Terraform's AWS provider: hostnames off, support on.
      var missing: [String] = []
      if vpc.dnsHostnames == .unset || vpc.dnsHostnames == .off {
        missing.append(network.vocabulary.dnsHostnames)
      }
      if vpc.dnsSupport == .off { missing.append(network.vocabulary.dnsSupport) }
      guard !missing.isEmpty else { continue }
      let unset = vpc.dnsHostnames == .unset && missing.contains(network.vocabulary.dnsHostnames)
      findings.append(
        finding(
          .vpcDNSAttributes, .error, vpc.place, line: vpc.dnsHostnamesLine ?? vpc.dnsSupportLine,
          "\(endpoint.place.id) has private DNS, which needs \(missing.joined(separator: " and ")): true on this VPC (\(unset ? network.vocabulary.dnsHostnamesDefault : "it is false")); without it the endpoint cannot be created"
        ))
    }
    return findings
  }

  /// The functions' security groups must let them out on TCP 443.
  ///
  /// Calls to AWS services leave that way through endpoints or NAT. A group without egress
  /// rules allows everything.
  static func egressChecks(_ network: NetworkModel) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    for id in Set(network.vpcFunctions.flatMap(\.vpc.securityGroups)).sorted() {
      guard let group = network.securityGroup(id), group.rulesShown else { continue }
      let rules = group.egress
      guard !rules.isEmpty, !rules.contains(where: \.allowsHTTPS) else { continue }
      let ports = rules.compactMap { rule -> String? in
        guard let from = rule.fromPort else { return nil }
        let to = rule.toPort ?? from
        return from == to ? from : "\(from)-\(to)"
      }
      findings.append(
        finding(
          .functionEgress, .error, group.place, line: group.egressLine,
          "the functions' security group allows outbound traffic only on \(ports.isEmpty ? "no TCP port" : "port\(ports.count == 1 ? "" : "s") \(ports.joined(separator: ", "))"), not TCP 443: every call to AWS services, through endpoints or a NAT gateway, is dropped"
        ))
    }
    return findings
  }

  /// Services the functions' permissions use that no way out of the template reaches: with no
  /// NAT gateway, each needs its interface endpoint (or, for S3 and DynamoDB, a gateway one).
  static func serviceChecks(_ network: NetworkModel, used: FunctionServices) -> [ReviewFinding] {
    // A network defined outside the template may have a NAT gateway or the endpoints: nothing
    // here says the calls fail.
    guard network.natGateways.isEmpty, !network.interfaceEndpoints.isEmpty,
      network.vpcFunctions.contains(where: \.vpc.subnetsInNetwork),
      let function = network.vpcFunctions.first?.function
    else { return [] }
    let interface = Set(network.interfaceEndpoints.map(\.service))
    let gateways = network.gatewayServices
    // Only services with endpoints can be missing one (a file-system mount is not a call).
    let reachable = used.names.filter {
      PrivateLinkServices.names.contains($0) || FunctionServices.gatewayServices.contains($0)
    }
    return reachable.filter { !interface.contains($0) && !gateways.contains($0) }.map { service in
      let kind = FunctionServices.gatewayServices.contains(service) ? "gateway" : "interface"
      return finding(
        .serviceWithoutEndpoint, .error, function.place,
        "the functions' permissions use \(service) (\(used.sources[service] ?? "")), but the template has no \(service) \(kind) endpoint and no NAT gateway: calls to it fail"
      )
    }
  }
}
