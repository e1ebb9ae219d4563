import VPCCostCore
import VPCCostFormats

/// The checks of a template review: each returns its findings.
enum ReviewChecks {
  static let eniActions = [
    "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface",
  ]

  /// Every check's findings, most severe first; `used` are the services the functions'
  /// permissions use.
  static func all(_ analysis: TemplateAnalysis, used: FunctionServices, today: Int)
    -> [ReviewFinding]
  {
    var findings = wayOut(analysis, used: used)
    findings += serviceChecks(analysis, used: used)
    findings += endpointChecks(analysis)
    findings += natChecks(analysis)
    findings += roleChecks(analysis)
    findings += principalChecks(analysis)
    findings += wildcardChecks(analysis)
    findings += runtimeChecks(analysis, today: today)
    findings += dnsAttributeChecks(analysis)
    findings += routeChecks(analysis)
    findings += egressChecks(analysis)
    return findings.sorted { ($0.severity, $0.line) < ($1.severity, $1.line) }
  }

  private static func finding(
    _ rule: ReviewRule, _ severity: ReviewFinding.Severity, _ resource: TemplateModel.Resource,
    line: Int? = nil, _ message: String
  ) -> ReviewFinding {
    ReviewFinding(
      rule: rule, severity: severity, resource: resource.id, line: line ?? resource.line,
      message: message)
  }

  /// VPC functions with neither a NAT gateway nor an interface endpoint cannot reach AWS services.
  ///
  /// When the functions' subnets are not the template's own, their network (and its way out)
  /// is defined elsewhere: the template cannot show that it has none, so it is only noted.
  /// Functions that use only S3 and DynamoDB, through the template's gateway endpoints, have
  /// their way out.
  static func wayOut(_ analysis: TemplateAnalysis, used: FunctionServices) -> [ReviewFinding] {
    guard analysis.design == nil, let function = analysis.functions.first else { return [] }
    if !used.names.isEmpty, used.interfaceServices.isEmpty,
      used.names.allSatisfy(analysis.gatewayServices.contains)
    {
      return []
    }
    if !analysis.functions.contains(where: \.subnetsInTemplate) {
      return [
        finding(
          .noWayOut, .info, function.resource,
          "\(function.resource.id) runs in subnets the template does not define: their network, and whether it has a NAT gateway or interface endpoints, is defined elsewhere and not reviewed here"
        )
      ]
    }
    let targets = analysis.functionRoutes.map(\.target)
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
    if !analysis.natGateways.isEmpty {
      return [
        finding(
          .noWayOut, .error, function.resource,
          "\(function.resource.id)'s subnets route to none of the template's NAT gateways, and the template has no interface endpoint: it cannot reach AWS services outside the VPC"
        )
      ]
    }
    return [
      finding(
        .noWayOut, .error, function.resource,
        "\(function.resource.id) runs in a VPC but the template has no NAT gateway and no interface endpoint: it cannot reach AWS services outside the VPC"
      )
    ]
  }

  /// What the functions' subnets' default routes show: NAT gateways no function uses, functions
  /// in public subnets, NAT instances, and ways out defined elsewhere.
  static func routeChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    if let used = analysis.usedNATGateways {
      for nat in analysis.natGateways where !used.contains(nat.resource.id) {
        findings.append(
          finding(
            .idleNATGateway, .warning, nat.resource,
            "no route of the functions' subnets points at this NAT gateway: it is billed every hour (with its public IPv4 address) and carries none of their traffic; remove it, or route their private subnets to it"
          ))
      }
    }
    // A function whose subnets the template places all in one AZ stops with that AZ.
    for function in analysis.functions
    where function.unknownZones == nil && function.zones.count == 1 && function.subnetsInTemplate
      && function.zones.first.map({ $0.hasPrefix("az:") || $0.hasPrefix("az-index:") }) == true
    {
      findings.append(
        finding(
          .functionInOneAZ, .warning, function.resource,
          line: function.resource.properties?["VpcConfig"]?["SubnetIds"]?.line,
          "\(function.resource.id) runs in subnets of one AZ only: it stops when that AZ fails; give it subnets in two AZs or more"
        ))
    }
    var seen = Set<String>()
    for (function, subnet, target) in analysis.functionRoutes
    where seen.insert(function.resource.id + "/" + subnet).inserted {
      switch target {
      case .internetGateway(let gateway):
        findings.append(
          finding(
            .functionInPublicSubnet, .error, function.resource,
            "\(function.resource.id) runs in \(subnet), whose default route goes to the internet gateway \(gateway): Lambda gives functions no public IP address, so from it they reach neither the internet nor AWS services; use private subnets routed to a NAT gateway or endpoints"
          ))
      case .natInstance(let instance):
        findings.append(
          finding(
            .natInstance, .info, function.resource,
            "\(function.resource.id) leaves \(subnet) through a NAT instance (\(instance)): a way out, which vpccost does not price (the comparison shows the managed designs)"
          ))
      case .elsewhere(let target):
        findings.append(
          finding(
            .natInstance, .info, function.resource,
            "\(function.resource.id) leaves \(subnet) through \(target) (a Transit Gateway, peering or VPN route): its way out is defined elsewhere and not reviewed here"
          ))
      case .noDefaultRoute where analysis.endpoints.isEmpty && !analysis.natGateways.isEmpty:
        // With NAT gateways elsewhere in the template, this subnet was left out of them.
        findings.append(
          finding(
            .noWayOut, .error, function.resource,
            "\(function.resource.id) runs in \(subnet), whose route table has no default route, and the template has no interface endpoint: what runs in that subnet cannot reach AWS services"
          ))
      case .natGateway, .noDefaultRoute:
        continue
      }
    }
    return findings
  }

  static func endpointChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    let functionGroups = Set(analysis.functions.flatMap(\.securityGroups))
    let functionZones = analysis.functionZones
    var checkedGroups = Set<String>()
    for endpoint in analysis.endpoints {
      let resource = endpoint.resource
      if !endpoint.privateDNS && !endpoint.servedByHostedZone {
        findings.append(
          finding(
            .endpointPrivateDNS, .error, resource,
            line: resource.properties?["PrivateDnsEnabled"]?.line,
            "interface endpoint without PrivateDnsEnabled: true: the SDK's default name for \(endpoint.service) still resolves to the public endpoint, so calls bypass it"
          ))
      }
      if endpoint.zones.count < functionZones.count {
        findings.append(
          finding(
            .endpointZones, .warning, resource, line: resource.properties?["SubnetIds"]?.line,
            "the endpoint has ENIs in \(endpoint.zones.count) AZ\(endpoint.zones.count == 1 ? "" : "s") but the functions run in \(functionZones.count): the others cross AZs and lose it if its AZ fails"
          ))
      }
      if endpoint.service == "s3" || endpoint.service == "dynamodb" {
        findings.append(
          finding(
            .interfaceEndpointForGatewayService, .warning, resource,
            "an interface endpoint for \(endpoint.service) costs per hour and per GB; a gateway endpoint (VpcEndpointType: Gateway) is free and serves the same traffic from the VPC"
          ))
      }
      if !endpoint.hasSecurityGroups {
        findings.append(
          finding(
            .endpointWithoutSecurityGroup, .warning, resource,
            "the endpoint has no SecurityGroupIds, so it gets the VPC's default security group; give it one that allows TCP 443 from the functions' security group"
          ))
      }
      for group in endpoint.securityGroups where checkedGroups.insert(group).inserted {
        findings += ingressChecks(group: group, functionGroups: functionGroups, analysis: analysis)
      }
    }
    return findings
  }

  /// The endpoint's security group must allow TCP 443 from the functions, and not from anywhere.
  static func ingressChecks(group: String, functionGroups: Set<String>, analysis: TemplateAnalysis)
    -> [ReviewFinding]
  {
    guard let resource = analysis.model.resource(group) else { return [] }
    var rules = TemplateModel.items(resource.properties?["SecurityGroupIngress"])
    for ingress in analysis.model.resources(of: "AWS::EC2::SecurityGroupIngress")
    where TemplateModel.target(of: ingress.properties?["GroupId"]) == group {
      if let properties = ingress.properties { rules.append(properties) }
    }
    let https = rules.filter { rule in
      let protocolName = rule["IpProtocol"]?.string ?? ""
      let from = Int(rule["FromPort"]?.string ?? "") ?? -1
      let to = Int(rule["ToPort"]?.string ?? "") ?? -1
      return protocolName == "-1"
        || (["tcp", "6"].contains(protocolName) && from <= 443 && 443 <= to)
    }
    let functionNames = functionGroups.sorted().joined(separator: ", ")
    if let open = https.first(where: {
      $0["CidrIp"]?.string == "0.0.0.0/0" || $0["CidrIpv6"]?.string == "::/0"
    }) {
      let anywhere = open["CidrIp"]?.string == "0.0.0.0/0" ? "0.0.0.0/0" : "::/0"
      return [
        finding(
          .endpointOpenIngress, .warning, resource, line: open.line,
          "the endpoint's security group allows TCP 443 from anywhere (\(anywhere)); allow it from the functions' security group\(functionNames.isEmpty ? "" : " (\(functionNames))") instead (SourceSecurityGroupId)"
        )
      ]
    }
    let fromFunctions = https.contains { rule in
      guard let source = TemplateModel.target(of: rule["SourceSecurityGroupId"]) else {
        return rule["CidrIp"] != nil
      }
      // Without functions in the template, the source group is taken to be theirs.
      return functionGroups.isEmpty || functionGroups.contains(source)
    }
    guard !fromFunctions else { return [] }
    return [
      finding(
        .endpointBlocksFunctions, .error, resource,
        "the endpoint's security group does not allow TCP 443 from the functions\(functionNames.isEmpty ? "" : " (\(functionNames))"): their calls through the endpoint time out"
      )
    ]
  }

  /// One zonal NAT gateway serving private subnets in several AZs.
  ///
  /// Served AZs come from its routes, or, for the only gateway, from the functions' AZs. A
  /// regional NAT gateway is meant to serve several.
  static func natChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    analysis.natGateways.compactMap { nat in
      guard nat.resource.properties?["AvailabilityMode"]?.string != "regional" else { return nil }
      let served =
        analysis.servedZones[nat.resource.id]?.count
        ?? (analysis.natGateways.count == 1 ? analysis.functionZones.count : 1)
      guard served > 1 else { return nil }
      return finding(
        .natSharedAcrossAZs, .warning, nat.resource,
        "one NAT gateway serves private subnets in \(served) AZs: the other AZs pay cross-AZ transfer and lose their way out if its AZ fails; use one NAT gateway (and route table) per AZ"
      )
    }
  }

  /// VPC functions need ENI permissions and, to call Lambda, lambda:InvokeFunction.
  static func roleChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    let usedRoles = Set(
      analysis.model.resources.compactMap { resource -> String? in
        guard resource.type.hasSuffix("::Function") else { return nil }
        return TemplateModel.target(of: analysis.model.property("Role", of: resource))
      })
    let unusedGrants = analysis.model.resources(of: "AWS::IAM::Role").filter {
      !usedRoles.contains($0.id)
    }.flatMap { role in
      analysis.statements(for: role.id).map { (role: role.id, statement: $0) }
    }
    var findings: [ReviewFinding] = []
    for function in analysis.functions {
      let granted: [String]
      var hasENI: Bool
      if let role = function.role {
        granted = analysis.statements(for: role).flatMap(\.actions)
        hasENI = analysis.managedPolicies(of: role).contains {
          $0.contains("AWSLambdaVPCAccessExecutionRole")
        }
      } else if function.samRole {
        granted = TemplateModel.items(function.resource.properties?["Policies"]).compactMap(
          \.string)
        hasENI = true  // SAM adds AWSLambdaVPCAccessExecutionRole to functions with VpcConfig
      } else {
        continue
      }
      hasENI = hasENI || eniActions.allSatisfy { action in granted.contains { covers($0, action) } }
      let invokes = granted.contains { covers($0, "lambda:InvokeFunction") }
      let missing: [(name: String, action: String, lacking: Bool)] = [
        ("the ENI permissions of AWSLambdaVPCAccessExecutionRole", eniActions[0], !hasENI),
        ("lambda:InvokeFunction", "lambda:InvokeFunction", !invokes),
      ]
      for (name, action, lacking) in missing where lacking {
        guard
          let grant = unusedGrants.first(where: {
            $0.statement.actions.contains { covers($0, action) }
          })
        else { continue }
        let whose =
          function.samRole ? "the role SAM creates for it" : "its role \(function.role ?? "")"
        findings.append(
          finding(
            .roleLacksPermission, .error, function.resource,
            "\(function.resource.id) runs with \(whose), which lacks \(name); \(grant.statement.source) grants it to \(grant.role), which no function uses: set Role: !GetAtt \(grant.role).Arn on \(function.resource.id)"
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
  static func principalChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    analysis.model.resources(of: "AWS::IAM::Role").flatMap { role in
      TemplateModel.items(role.properties?["AssumeRolePolicyDocument"]?["Statement"]).flatMap {
        statement in
        TemplateModel.items(statement["Principal"]?["Service"]).compactMap {
          service -> ReviewFinding? in
          guard let name = service.string,
            name.wholeMatch(of: /[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?/) == nil
          else { return nil }
          return finding(
            .malformedServicePrincipal, .error, role, line: service.line,
            "the service principal \(quoting: name) is not a bare service host name; AWS rejects the role: write lambda.amazonaws.com"
          )
        }
      }
    }
  }

  /// lambda:InvokeFunction on Resource "*" when the template defines the functions to invoke.
  static func wildcardChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    let functions = analysis.model.resources.filter { $0.type.hasSuffix("::Function") }.map(\.id)
    let callers = Set(analysis.functions.map(\.resource.id))
    let targets = functions.filter { !callers.contains($0) }
    guard !targets.isEmpty else { return [] }
    var findings: [ReviewFinding] = []
    for resource in analysis.model.resources
    where resource.type == "AWS::IAM::Policy" || resource.type == "AWS::IAM::ManagedPolicy"
      || resource.type == "AWS::IAM::Role"
    {
      let documents =
        resource.type == "AWS::IAM::Role"
        ? TemplateModel.items(resource.properties?["Policies"]).compactMap { $0["PolicyDocument"] }
        : [resource.properties?["PolicyDocument"]].compactMap { $0 }
      for document in documents {
        for statement in TemplateAnalysis.statements(in: document, source: resource.id)
        where statement.actions.contains(where: { covers($0, "lambda:InvokeFunction") }) {
          guard let wildcard = statement.resources.first(where: { $0.string == "*" }) else {
            continue
          }
          findings.append(
            finding(
              .invokeOnWildcard, .warning, resource, line: wildcard.keyLine ?? wildcard.line,
              "lambda:InvokeFunction is granted on Resource: \"*\"; scope it to the function the template defines: !GetAtt \(targets.joined(separator: ".Arn, !GetAtt ")).Arn (and keep the ENI and log actions, which need \"*\", in their own statement)"
            ))
        }
      }
    }
    return findings
  }

  /// Runtimes AWS has deprecated by `today` (days since 1970-01-01), from AWS's whole
  /// deprecation table.
  static func runtimeChecks(_ analysis: TemplateAnalysis, today: Int) -> [ReviewFinding] {
    analysis.model.resources.filter { $0.type.hasSuffix("::Function") }.compactMap { resource in
      guard let node = analysis.model.property("Runtime", of: resource),
        let runtime = node.string, let date = LambdaRuntimes.deprecation[runtime],
        let day = CalendarDate.dayNumber(date), day <= today
      else { return nil }
      return finding(
        .deprecatedRuntime, .warning, resource, line: node.line,
        "the runtime \(runtime) was deprecated on \(date) (\(LambdaRuntimes.source), read \(LambdaRuntimes.checked)): it gets no security patches, and Lambda blocks creating and then updating functions on it; use \(LambdaRuntimes.replacement(for: runtime))"
      )
    }
  }

  /// Endpoints with private DNS need their VPC's DNS hostnames and DNS support.
  ///
  /// Checked where the template defines the VPC (elsewhere it cannot show them).
  static func dnsAttributeChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    var checked = Set<String>()
    for endpoint in analysis.endpoints where endpoint.privateDNS {
      guard let id = TemplateModel.target(of: endpoint.resource.properties?["VpcId"]),
        let vpc = analysis.model.resource(id), vpc.type == "AWS::EC2::VPC",
        checked.insert(id).inserted
      else { continue }
      // CloudFormation's defaults: DNS hostnames off, DNS support on.
      let hostnames = vpc.properties?["EnableDnsHostnames"]
      let support = vpc.properties?["EnableDnsSupport"]
      var missing: [String] = []
      if hostnames.map({ analysis.model.boolean($0) == false }) ?? true {
        missing.append("EnableDnsHostnames")
      }
      if let support, analysis.model.boolean(support) == false {
        missing.append("EnableDnsSupport")
      }
      guard !missing.isEmpty else { continue }
      findings.append(
        finding(
          .vpcDNSAttributes, .error, vpc, line: (hostnames ?? support)?.line,
          "\(endpoint.resource.id) has private DNS, which needs \(missing.joined(separator: " and ")): true on this VPC (\(hostnames == nil && missing.contains("EnableDnsHostnames") ? "CloudFormation's default is false" : "it is false")); without it the endpoint cannot be created"
        ))
    }
    return findings
  }

  /// The functions' security groups must let them out on TCP 443.
  ///
  /// Calls to AWS services leave that way through endpoints or NAT. A group without egress
  /// rules allows everything.
  static func egressChecks(_ analysis: TemplateAnalysis) -> [ReviewFinding] {
    var findings: [ReviewFinding] = []
    for group in Set(analysis.functions.flatMap(\.securityGroups)).sorted() {
      guard let resource = analysis.model.resource(group),
        resource.type == "AWS::EC2::SecurityGroup"
      else { continue }
      var rules = TemplateModel.items(resource.properties?["SecurityGroupEgress"])
      for egress in analysis.model.resources(of: "AWS::EC2::SecurityGroupEgress")
      where TemplateModel.target(of: egress.properties?["GroupId"]) == group {
        if let properties = egress.properties { rules.append(properties) }
      }
      guard !rules.isEmpty else { continue }
      let https = rules.contains { rule in
        let protocolName = rule["IpProtocol"]?.string ?? ""
        let from = Int(rule["FromPort"]?.string ?? "") ?? -1
        let to = Int(rule["ToPort"]?.string ?? "") ?? -1
        return protocolName == "-1" || protocolName == "all"
          || (["tcp", "6"].contains(protocolName) && from <= 443 && 443 <= to)
      }
      guard !https else { continue }
      let ports = rules.compactMap { rule -> String? in
        guard let from = rule["FromPort"]?.string else { return nil }
        let to = rule["ToPort"]?.string ?? from
        return from == to ? from : "\(from)-\(to)"
      }
      findings.append(
        finding(
          .functionEgress, .error, resource,
          line: resource.properties?["SecurityGroupEgress"].map { $0.keyLine ?? $0.line },
          "the functions' security group allows outbound traffic only on \(ports.isEmpty ? "no TCP port" : "port\(ports.count == 1 ? "" : "s") \(ports.joined(separator: ", "))"), not TCP 443: every call to AWS services, through endpoints or a NAT gateway, is dropped"
        ))
    }
    return findings
  }

  /// Services the functions' permissions use that no way out of the template reaches: with no
  /// NAT gateway, each needs its interface endpoint (or, for S3 and DynamoDB, a gateway one).
  static func serviceChecks(_ analysis: TemplateAnalysis, used: FunctionServices) -> [ReviewFinding]
  {
    guard analysis.natGateways.isEmpty, !analysis.endpoints.isEmpty,
      let function = analysis.functions.first
    else { return [] }
    let interface = Set(analysis.endpoints.map(\.service))
    let gateways = analysis.gatewayServices
    // Only services with endpoints can be missing one (a file-system mount is not a call).
    let reachable = used.names.filter {
      PrivateLinkServices.names.contains($0) || FunctionServices.gatewayServices.contains($0)
    }
    return reachable.filter { !interface.contains($0) && !gateways.contains($0) }.map { service in
      let kind = FunctionServices.gatewayServices.contains(service) ? "gateway" : "interface"
      return finding(
        .serviceWithoutEndpoint, .error, function.resource,
        "the functions' permissions use \(service) (\(used.sources[service] ?? "")), but the template has no \(service) \(kind) endpoint and no NAT gateway: calls to it fail"
      )
    }
  }
}
