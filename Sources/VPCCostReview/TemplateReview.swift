import VPCCostCore
import VPCCostFormats

/// A template review: the design the template builds, its cost against the alternatives, and
/// what in it will break or cost too much.
package struct TemplateReview: Sendable {
  /// The design the template builds, or nil when it builds no way out.
  package let design: DesignID?
  /// The AZs its VPC functions run in, as priced (the template's, or `--azs`, or the default).
  package let azs: Int
  /// Whether the template (or `--azs`) shows the AZ count; false when it was not known.
  package let azsKnown: Bool
  /// When the AZ count is not known but the template shows the functions' subnets: their
  /// number, the most AZs they can be in.
  package let azsAtMost: Int?
  /// The services behind its interface endpoints.
  package let services: [String]
  /// The logical ids of its gateway endpoints (S3 and DynamoDB, free).
  package let gatewayEndpoints: [String]
  /// What was assumed rather than read (AZs of subnet parameters, ...).
  package let assumptions: [String]
  /// The problems, most severe first.
  package let findings: [ReviewFinding]
  /// The comparison for the workload, priced with the template's AZs and services (with one
  /// unnamed service when the services are not known: see `perService`).
  package let comparison: Comparison
  /// The designs priced per service, when the services the functions call are not shown.
  ///
  /// When neither the template nor the user shows them: the NAT designs, the endpoints' cost
  /// per service and the break-even service count, which the outputs show instead of the
  /// comparison. Nil when the services are known.
  package let perService: PerServicePricing?
  /// Whether the review compares no designs: the template has no function in a VPC, and
  /// either builds no way out either or no workload was given (a network review).
  package let comparesNothing: Bool
  /// For a network review (no function in a VPC, no workload given): what the network's way
  /// out costs a month before any traffic (NAT hours and addresses, endpoint hours).
  package let networkFixedCost: Money?
  /// When the template builds a NAT gateway and no internet traffic was given: the answer
  /// depends on it, priced both ways.
  package let internetNote: String?
  /// Whether the functions run in subnets the template does not define: their network, and
  /// its way out, are defined elsewhere and not reviewed.
  package var networkOutside: Bool {
    !functionsInVPC.isEmpty && functionsInVPC.allSatisfy { !$0 }
  }
  /// For each function in a VPC, whether its subnets are the template's.
  package let functionsInVPC: [Bool]
  /// Whether the functions leave through a NAT instance (a way out vpccost does not price).
  package let usesNATInstance: Bool
  /// What was read from the source, in source-neutral terms (`network` in the JSON).
  package let report: NetworkReport

  /// The design's id in the outputs: a priced design's, or `nat-instance`, which is named but
  /// not priced; nil when the template builds no way out.
  package var designID: String? {
    design?.rawValue ?? (usesNATInstance ? "nat-instance" : nil)
  }
  /// A way out the routes show that vpccost does not price (a NAT instance, a Transit Gateway,
  /// peering or VPN), in words.
  package let unpricedWayOut: String?

  /// Reviews a CloudFormation or SAM template for a workload.
  ///
  /// The template's AZ count and services fill the workload fields the user did not give.
  /// `today` (days since 1970-01-01) dates the runtime check; without it, the day the runtime
  /// table was read.
  package static func review(
    _ root: TemplateNode, input: WorkloadInput, catalog: PriceCatalog, today: Int? = nil
  ) throws(PricingError) -> TemplateReview {
    try review(
      CloudFormationNetworkReader.read(root), input: input, catalog: catalog, today: today)
  }

  /// Reviews a network, whatever source it was read from, for a workload: the way in for every
  /// reader (`NetworkReaders`).
  package static func review(
    _ network: NetworkModel, input: WorkloadInput, catalog: PriceCatalog, today: Int? = nil
  ) throws(PricingError) -> TemplateReview {
    let services = network.interfaceEndpoints.filter { !$0.isCustomerService }.map(\.service)
      .filter { $0 != "unknown" }
    // Functions whose subnets the template does not show, or shows only as ids whose AZs it
    // does not say (subnet parameters, literal ids), leave the AZ count unknown: it is asked
    // for (--azs), never guessed. Distinct subnets bound it: N subnets are at most N AZs.
    let hidden = network.vpcFunctions.filter {
      $0.vpc.unknownZones != nil
        || ($0.vpc.zones.count > 1 && $0.vpc.zones.contains { !$0.isKnown })
    }
    // A network without functions whose endpoints' subnets are not shown (an import): the AZ
    // count is not known either, and nothing bounds it.
    let hiddenEndpoints =
      network.vpcFunctions.isEmpty
      ? network.interfaceEndpoints.filter { $0.zonesUnknownBecause != nil } : []
    let bound: Int? =
      hidden.contains { $0.vpc.unknownZones != nil } || !hiddenEndpoints.isEmpty
      ? nil : network.functionZones.count
    var workloadInput = input
    let azsKnown = (hidden.isEmpty && hiddenEndpoints.isEmpty) || input[.azs] != nil
    if workloadInput[.azs] == nil {
      if hidden.isEmpty && hiddenEndpoints.isEmpty {
        workloadInput[.azs] = String(max(1, network.functionZones.count))
      } else if let bound {
        workloadInput[.azs] = String(max(1, min(bound, 2)))
      }
    }
    if workloadInput[.services] == nil, !services.isEmpty {
      // What the template builds is taken as given: a service outside the known list, or an
      // interface endpoint for S3 or DynamoDB, is priced under its full name.
      let region = WorkloadParser.region(of: workloadInput)
      workloadInput[.services] = Array(Set(services)).sorted().map { service in
        if service.hasPrefix("aws.sagemaker.") {
          return "aws.sagemaker.\(region).\(service.dropFirst("aws.sagemaker.".count))"
        }
        return PrivateLinkServices.names.contains(service) || service.hasPrefix("com.amazonaws.")
          ? service : "com.amazonaws.\(region).\(service)"
      }.joined(separator: ",")
    }
    var assumptions = network.assumptions.sorted()
    // The services the functions' permissions show: priced when the template builds no
    // interface endpoint to name them, and checked against the ways out it builds.
    let used = FunctionServices(network)
    let usedInterface = used.interfaceServices.filter { PrivateLinkServices.names.contains($0) }
    if workloadInput[.services] == nil, services.isEmpty, !usedInterface.isEmpty {
      workloadInput[.services] = usedInterface.joined(separator: ",")
    }
    if input[.services] == nil, !used.names.isEmpty {
      assumptions.append(
        "the functions' permissions use "
          + used.names.map { "\($0) (\(used.sources[$0] ?? ""))" }.joined(separator: ", ")
          + (services.isEmpty && !usedInterface.isEmpty
            ? "; the interface-endpoint services among them are priced (--services overrides)"
            : ""))
    }
    var findings = ReviewChecks.all(
      network, used: used, today: today ?? CalendarDate.dayNumber(LambdaRuntimes.checked) ?? 0)
    for endpoint in network.interfaceEndpoints where endpoint.isCustomerService {
      findings.append(
        ReviewFinding(
          rule: .templateValueNotPriced, severity: .info, resource: endpoint.place.id,
          line: endpoint.place.line,
          message:
            "\(endpoint.service) is a customer's endpoint service, not an AWS service: every design needs this endpoint, so the comparison leaves it out"
        ))
    }
    if !azsKnown {
      let priced = workloadInput[.azs] ?? "2"
      assumptions.append(
        bound.map {
          "the AZ count is not in the template, which shows \($0) subnet\($0 == 1 ? "" : "s") whose AZs it does not say (at most \($0) AZ\($0 == 1 ? "" : "s")); the designs are priced for \(priced) AZ\(priced == "1" ? "" : "s") until --azs N says how many"
        }
          ?? "the AZ count is not in the template; the designs are priced for 2 AZs (the default) until --azs N says how many"
      )
      findings += hidden.map { function, vpc in
        ReviewFinding(
          rule: .unknownZones, severity: .info, resource: function.place.id,
          line: vpc.subnetsLine ?? function.place.line,
          message: Self.unknownZonesMessage(vpc))
      }
      findings += hiddenEndpoints.map { endpoint in
        ReviewFinding(
          rule: .unknownZones, severity: .info, resource: endpoint.place.id,
          line: endpoint.subnetsLine ?? endpoint.place.line,
          message:
            "the endpoint's subnets come from \(endpoint.zonesUnknownBecause ?? "a value the template does not show"): the template does not show how many AZs it is in; pass --azs N"
        )
      }
    }
    if network.design == .hubEndpoints && workloadInput[.vpcs] == nil {
      let spokes = network.spokeCount
      if spokes >= 2 {
        workloadInput[.vpcs] = String(spokes)
        assumptions.append(
          "\(spokes) spoke VPCs: the hosted zones are associated with \(spokes + 1) VPCs, taken to be the hub and its spokes (--vpcs N overrides)"
        )
      } else {
        assumptions.append(
          "The hosted zones name fewer than two spoke VPCs, so the hub is priced as one VPC; pass --vpcs N for the spokes it serves"
        )
      }
    }
    // No service is invented: without one, the endpoint designs are priced per service.
    // Endpoints whose service names the template does not show still count, by number.
    let unnamed = network.interfaceEndpoints.filter { $0.service == "unknown" }
    if workloadInput[.services] == nil, input[.preset] == nil, !unnamed.isEmpty {
      workloadInput[.services] = String(min(unnamed.count, WorkloadLimits.maxServices))
    }
    for endpoint in unnamed {
      findings.append(
        ReviewFinding(
          rule: .templateValueNotPriced, severity: .info, resource: endpoint.place.id,
          line: endpoint.place.line,
          message:
            "the endpoint's service name is built from values the template does not show (a parameter without a default, an import): it is counted as one service without a name; give the values with --parameter"
        ))
    }
    if workloadInput[.services] == nil, input[.preset] == nil {
      workloadInput[.services] = Self.servicesNotShown
    }
    let table: PriceTable
    let workload: Workload
    do {
      table = try catalog.table(for: WorkloadParser.region(of: workloadInput))
    } catch {
      throw .priceTable(error)
    }
    // A value the template gives that cannot be priced is a finding, and the comparison is
    // priced without it: a template is never a usage error.
    var repairs = 0
    while true {
      do {
        workload = try WorkloadParser.parse(workloadInput, table: table)
        break
      } catch {
        guard repairs < 2,
          let repair = Self.repair(
            error, of: &workloadInput, given: input, table: table, network: network)
        else { throw .workload(error) }
        findings.append(repair)
        repairs += 1
      }
    }
    // A template without a function in a VPC is a network review: it compares designs only
    // for a workload the user gives.
    let workloadGiven = [
      WorkloadField.invokes, .gb, .services, .preset, .internetGB, .s3GB, .dynamoDBGB,
    ]
    .contains { input[$0] != nil }
    // With the functions' AZs not shown, the layout is judged against the AZs priced.
    let design =
      hidden.isEmpty && hiddenEndpoints.isEmpty
      ? network.design : network.design(azs: workload.azs)
    let calculator = CostCalculator(table: table)
    let comparison = calculator.compare(workload)
    let comparesNothing = network.vpcFunctions.isEmpty && (design == nil || !workloadGiven)
    let perService =
      comparesNothing || input[.services] != nil || input[.preset] != nil
        || workloadInput[.services] != Self.servicesNotShown || !unnamed.isEmpty
      ? nil : Self.perService(one: comparison, input: workloadInput, table: table)
    if perService != nil {
      assumptions.append(
        used.names.isEmpty
          ? "the template shows no AWS service the functions call (no interface endpoint, no permission for one): the endpoint designs are priced per service until --services names them"
          : "the functions' permissions show no service that needs an interface endpoint: the endpoint designs are priced per service until --services names them"
      )
    }
    return TemplateReview(
      design: design, azs: workload.azs, azsKnown: azsKnown, azsAtMost: azsKnown ? nil : bound,
      services: services,
      gatewayEndpoints: network.gatewayEndpoints.map(\.place.id),
      assumptions: assumptions,
      findings: findings.sorted { ($0.severity, $0.line) < ($1.severity, $1.line) },
      comparison: comparison, perService: perService, comparesNothing: comparesNothing,
      networkFixedCost: network.vpcFunctions.isEmpty && !workloadGiven && design != nil
        ? Self.builtFixedCost(
          of: network, azs: workload.azs, hours: workload.hours, table: table) : nil,
      internetNote: input[.internetGB] == nil && design?.technology.hasNATGateway == true
        && !(network.vpcFunctions.isEmpty && !workloadGiven)
        ? Self.internetNote(workload: workload, table: table, perService: perService) : nil,
      functionsInVPC: network.vpcFunctions.map(\.vpc.subnetsInNetwork),
      usesNATInstance: network.functionRoutes.contains {
        if case .natInstance = $0.target { return true }
        return false
      },
      report: NetworkReport(network, used: used),
      unpricedWayOut: network.functionRoutes.lazy.compactMap { route -> String? in
        switch route.target {
        case .natInstance(let instance): return "a NAT instance (\(instance))"
        case .elsewhere(let target): return "a route to \(target), defined elsewhere"
        default: return nil
        }
      }.first)
  }

  /// A NAT gateway may be there for internet traffic the template does not show: without it,
  /// endpoints alone; with it, the NAT gateway stays and endpoints may join it.
  static func internetNote(
    workload: Workload, table: PriceTable, perService: PerServicePricing?
  ) -> String {
    let calculator = CostCalculator(table: table)
    let nat = calculator.cost(of: .natPerAZ, for: workload).monthlyCost
    let endpoints = calculator.cost(of: .privateLinkPerAZ, for: workload).monthlyCost
    let hybrid = calculator.cost(of: .hybridPerAZ, for: workload).monthlyCost
    if let perService {
      return
        "The answer depends on internet traffic, which the template does not show (pass --internet-gb GB): without any, the NAT gateways can go if endpoints for the services (\(perService.costPerService.dollars) a month each) cost less than \(nat.dollars); with some (third-party APIs), the NAT gateways stay, and whether endpoints beside them pay depends on the services and their traffic."
    }
    let plus =
      hybrid < nat ? "saves \((nat - hybrid).dollars)" : "costs \((hybrid - nat).dollars) more"
    return
      "The answer depends on internet traffic, which the template does not show (pass --internet-gb GB): without any, the NAT gateways can go and endpoints alone cost \(endpoints.dollars) a month against \(nat.dollars); with some (third-party APIs), the NAT gateways stay, and adding endpoints beside them (\(hybrid.dollars) before the internet traffic's own charges, the same either way) \(plus)."
  }

  /// Takes out of the workload a value the template filled in that cannot be priced (an AZ count
  /// over the region's, service names that are not AWS services), returning the finding that
  /// says so; nil when the value was the user's or cannot be repaired.
  static func repair(
    _ error: WorkloadError, of input: inout WorkloadInput, given: WorkloadInput,
    table: PriceTable, network: NetworkModel
  ) -> ReviewFinding? {
    let place =
      network.vpcFunctions.first.map(\.function.place)
      ?? network.interfaceEndpoints.first?.place ?? NetworkPlace(id: "template", line: 1)
    switch error.field {
    case .azs where given[.azs] == nil:
      let shown = input[.azs] ?? "?"
      let available = table.azCount ?? 2
      input[.azs] = String(available)
      return ReviewFinding(
        rule: .templateValueNotPriced, severity: .warning, resource: place.id, line: place.line,
        message:
          "the template places its functions in \(shown) AZs, but \(table.region) has \(available): priced for \(available) (give --region or --azs)"
      )
    case .services where given[.services] == nil:
      let names = (input[.services] ?? "").split(separator: ",").map(String.init)
      let priceable = names.filter {
        if case .success = ServiceSelection.parse($0) { return true }
        return false
      }
      let left = names.filter { !priceable.contains($0) }
      guard !left.isEmpty else { return nil }
      input[.services] =
        priceable.isEmpty
        ? (given[.preset] == nil ? servicesNotShown : nil) : priceable.joined(separator: ",")
      let endpoint =
        network.interfaceEndpoints.first { left.contains($0.service) }?.place ?? place
      return ReviewFinding(
        rule: .templateValueNotPriced, severity: .info, resource: endpoint.id,
        line: endpoint.line,
        message:
          "\(left.joined(separator: ", ")) is not an AWS service vpccost prices (a customer's endpoint service, or a name the template builds from values it does not show): the comparison leaves it out"
      )
    default:
      return nil
    }
  }

  /// Why a function's AZs are not known, for VPCC013.
  static func unknownZonesMessage(_ vpc: VPCAttachment) -> String {
    if let reason = vpc.unknownZones {
      return
        "the function's subnets come from \(reason): the template does not show how many AZs it runs in; pass --azs N"
    }
    let count = vpc.zones.count
    return
      "the function's \(count) subnets are given as \(Self.subnetSources(vpc)), whose AZs the template does not show: it runs in at most \(count) AZs; pass --azs N"
  }

  /// What the assumed subnets of an attachment are, in words.
  private static func subnetSources(_ vpc: VPCAttachment) -> String {
    let parameters = vpc.zones.contains {
      if case .assumed(let id) = $0 { return id.hasPrefix("parameter:") }
      return false
    }
    return parameters ? "parameters" : "subnet ids the template does not define"
  }

  /// The services priced when neither the template nor the user shows them: one unnamed
  /// service, the unit `perService` prices the endpoints by.
  static let servicesNotShown = "1"

  /// The designs priced per service: the comparison with one service beside one with two.
  static func perService(one: Comparison, input: WorkloadInput, table: PriceTable)
    -> PerServicePricing?
  {
    var twoServices = input
    twoServices[.services] = "2"
    guard let workload = try? WorkloadParser.parse(twoServices, table: table) else { return nil }
    return PerServicePricing(one: one, two: CostCalculator(table: table).compare(workload))
  }

}
