/// Prices the designs of the cost model for a workload, line by line, from one region's table.
///
/// It computes and returns values; it prints nothing and formats nothing.
public struct CostCalculator: Sendable {
  /// The region's prices.
  public let table: PriceTable

  /// Creates a calculator for one region's prices.
  public init(table: PriceTable) { self.table = table }

  /// The designs that apply to a workload.
  ///
  /// The NAT and PrivateLink designs always, and the hybrid designs when some traffic goes to
  /// the internet. With two or more VPCs, the designs
  /// in every VPC that survive an AZ's loss, and the two shared through a Transit Gateway.
  public func designs(for workload: Workload) -> [DesignID] {
    switch (workload.isOrganisation, workload.needsInternet) {
    case (false, false): return Self.oneVPC
    case (false, true): return Self.oneVPCWithInternet
    case (true, false): return Self.manyVPCs
    case (true, true): return Self.manyVPCsWithInternet
    }
  }

  /// The same designs as a set of bits, which a batch walks for every row.
  package func designSet(for workload: Workload) -> DesignSet {
    switch (workload.isOrganisation, workload.needsInternet) {
    case (false, false): return .oneVPC
    case (false, true): return .oneVPCWithInternet
    case (true, false): return .manyVPCs
    case (true, true): return .manyVPCsWithInternet
    }
  }

  // The lists are constants, made once from the sets.
  static let oneVPC = DesignSet.oneVPC.designs
  static let oneVPCWithInternet = DesignSet.oneVPCWithInternet.designs
  static let manyVPCs = DesignSet.manyVPCs.designs
  static let manyVPCsWithInternet = DesignSet.manyVPCsWithInternet.designs

  /// Every design that applies, priced, in the order of `designs(for:)`.
  public func designCosts(for workload: Workload) -> [DesignCost] {
    designs(for: workload).map { cost(of: $0, for: workload) }
  }

  /// One design, priced line by line.
  ///
  /// NAT designs process all traffic (AWS services and internet); hybrid designs' NAT gateways
  /// process only the internet traffic and interface endpoints the rest. Single-AZ designs pay
  /// cross-AZ transfer for the traffic of the other AZs. S3 and DynamoDB go through free
  /// gateway endpoints in every design (and in every VPC). Designs in every VPC have their
  /// gateways or ENIs N times; shared designs once, plus the Transit Gateway.
  public func cost(of design: DesignID, for workload: Workload) -> DesignCost {
    let charges = charges(of: design, for: workload)
    let place = DesignPlacement(design: design, workload: workload)
    var items: [LineItem] = []
    if let hours = charges.natHours, let data = charges.natData, let ipv4 = charges.publicIPv4 {
      items += natItems(place, hours: hours, data: data, ipv4: ipv4)
    }
    if let hours = charges.endpointHours, let data = charges.endpointData {
      items += endpointItems(place, hours: hours, data: data, workload: workload)
    }
    if let attachments = charges.tgwAttachments, let data = charges.tgwData {
      items += transitGatewayItems(attachments: attachments, data: data, workload: workload)
    }
    if let zones = charges.hostedZones { items.append(hostedZones(zones)) }
    if let internet = charges.internetEgress { items.append(internetEgress(internet)) }
    if let crossAZ = charges.crossAZ { items.append(crossAZItem(crossAZ, workload: workload)) }
    if let gateway = charges.gatewayEndpoint {
      items.append(gatewayEndpoint(gateway, vpcs: workload.vpcs))
    }
    let infeasible =
      charges.isFeasible
      ? nil
      : "\(workload.totalInternetGB.display(places: 2)) GB a month go to the internet, which needs a NAT gateway; interface endpoints reach AWS services only"
    return DesignCost(design: design, lineItems: items, infeasibleReason: infeasible)
  }

  /// One design's monthly cost by category, from the same charges as its line items, without
  /// building them (batch prices millions of workloads).
  public func totals(of design: DesignID, for workload: Workload) -> DesignTotals {
    let charges = charges(of: design, for: workload)
    var hourly = Money.zero
    var data = Money.zero
    if let hours = charges.natHours { hourly = hourly + hours.cost }
    if let hours = charges.endpointHours { hourly = hourly + hours.cost }
    if let attachments = charges.tgwAttachments { hourly = hourly + attachments.cost }
    if let zones = charges.hostedZones {
      hourly = hourly + HostedZonePrice.tiers.costForAnyVolume(Quantity(whole: Int128(zones)))
    }
    if let processed = charges.natData { data = data + processed.cost }
    if let processed = charges.endpointData {
      data = data + table.interfaceEndpoint.data.costForAnyVolume(processed)
    }
    if let processed = charges.tgwData { data = data + processed.cost }
    var crossAZ = Money.zero
    if let transfer = charges.crossAZ { crossAZ = crossAZCost(transfer, workload: workload) }
    return DesignTotals(
      design: design, hourly: hourly, data: data, crossAZ: crossAZ,
      publicIPv4: charges.publicIPv4?.cost ?? .zero,
      internetEgress: charges.internetEgress.flatMap { table.internetOut?.cost(for: $0) } ?? .zero,
      isFeasible: charges.isFeasible)
  }

  /// What a design pays for a workload, charge by charge.
  ///
  /// Inlined: in `totals` the charges then live in registers rather than in a value of a few
  /// hundred bytes built and copied for each design.
  @inline(__always)
  func charges(of design: DesignID, for workload: Workload) -> DesignCharges {
    let technology = design.technology
    let layout = design.layout
    let instances = DesignPlacement(design: design, workload: workload).instances
    let internet = workload.totalInternetGB
    var charges = DesignCharges()
    if technology.hasNATGateway {
      let price = natPrice(regional: layout == .regional)
      let hours = instanceHours(instances, workload)
      charges.natHours = .init(quantity: hours, price: price.hourly)
      charges.natData = .init(
        quantity: technology == .nat ? workload.totalGB + internet : internet, price: price.perGB)
      charges.publicIPv4 = .init(quantity: hours, price: table.publicIPv4Hourly)
    }
    if technology.usesEndpoints {
      charges.endpointHours = .init(
        quantity: instanceHours(instances * workload.services.count, workload),
        price: table.interfaceEndpoint.hourlyPerAZ)
      charges.endpointData = workload.totalGB
    }
    if layout == .shared {
      let price = transitGatewayPrice
      charges.tgwAttachments = .init(
        quantity: instanceHours(workload.tgwExisting ? 0 : workload.vpcs + 1, workload),
        price: price.attachmentHourly)
      charges.tgwData = .init(
        quantity: technology == .nat ? workload.totalGB + internet : workload.totalGB,
        price: price.perGB)
      if technology == .privatelink { charges.hostedZones = workload.services.count }
    }
    if technology.hasNATGateway && workload.needsInternet { charges.internetEgress = internet }
    if layout == .singleAZ {
      let singleInternet = technology.hasNATGateway ? workload.internetGB : .zero
      charges.crossAZ = (
        workload.gbPerMonth + singleInternet, table.crossAZPerGBEachDirection.multiplied(by: 2)
      )
    }
    if workload.gatewayEndpointGB > .zero {
      charges.gatewayEndpoint = workload.totalGatewayEndpointGB
    }
    charges.isFeasible = !(technology == .privatelink && workload.needsInternet)
    return charges
  }

  /// The hours all gateways or ENIs are billed for: instances x H.
  func instanceHours(_ instances: Int, _ workload: Workload) -> Quantity {
    Quantity(whole: Int128(instances * workload.hours))
  }

  /// The NAT gateway prices of a layout: the regional rate where the table has one.
  func natPrice(regional: Bool) -> NATGatewayPrice {
    regional ? table.regionalNatGateway ?? table.natGateway : table.natGateway
  }

  private func natItems(
    _ place: DesignPlacement, hours: DesignCharges.Flat, data: DesignCharges.Flat,
    ipv4: DesignCharges.Flat
  ) -> [LineItem] {
    let regional = place.design.layout == .regional
    let description: String
    if regional {
      description = "NAT gateway-hours, one regional gateway active in each AZ" + place.suffix
    } else {
      description =
        place.perVPC == 1
        ? "NAT gateway-hours, one gateway" + place.suffix
        : "NAT gateway-hours, one gateway in each AZ" + place.suffix
    }
    return [
      LineItem(
        id: .natHours, description: description, quantity: hours.quantity,
        unit: "gateway-hours", unitPrice: hours.price),
      LineItem(
        id: .natData, description: "Data processed by the NAT gateway, both directions",
        quantity: data.quantity, unit: "GB", unitPrice: data.price),
      LineItem(
        id: .publicIPv4,
        description: regional
          ? "Public IPv4 addresses, assumed one per active AZ (AWS does not confirm the count in automatic mode)"
          : "Public IPv4 address (Elastic IP) of each NAT gateway",
        quantity: ipv4.quantity, unit: "address-hours", unitPrice: ipv4.price),
    ]
  }

  private func endpointItems(
    _ place: DesignPlacement, hours: DesignCharges.Flat, data: Quantity, workload: Workload
  ) -> [LineItem] {
    [
      LineItem(
        id: .endpointHours,
        description: place.perVPC == 1
          ? "Interface endpoint ENI-hours, one endpoint per service in one AZ" + place.suffix
          : "Interface endpoint ENI-hours, one endpoint per service with an ENI in each AZ"
            + place.suffix,
        quantity: hours.quantity, unit: "endpoint-AZ-hours", unitPrice: hours.price),
      LineItem(
        id: .endpointData,
        description: workload.isOrganisation
          ? "Data processed by the interface endpoints, tiered on all VPCs' traffic in the region"
          : "Data processed by the interface endpoints, tiered per region",
        quantity: data, tiers: table.interfaceEndpoint.data.chargesForAnyVolume(data)),
    ]
  }

  /// Data transfer out to the internet, at the region's tiered prices (checked by the parser).
  private func internetEgress(_ gigabytes: Quantity) -> LineItem {
    LineItem(
      id: .internetEgress,
      description: "Data transfer out to the internet, tiered (no free tier applied)",
      quantity: gigabytes, tiers: table.internetOut?.charges(for: gigabytes) ?? [])
  }

  /// S3 and DynamoDB through gateway endpoints: no hourly and no data charge.
  private func gatewayEndpoint(_ gigabytes: Quantity, vpcs: Int) -> LineItem {
    LineItem(
      id: .gatewayEndpoint,
      description: vpcs == 1
        ? "S3 and DynamoDB through gateway endpoints (free)"
        : "S3 and DynamoDB through gateway endpoints in every VPC (free; not reachable through a Transit Gateway)",
      quantity: gigabytes, unit: "GB", unitPrice: .zero)
  }

  /// Traffic from the N-1 other AZs to the shared AZ: traffic x (N-1)/N GB at 2X (out and in).
  private func crossAZItem(
    _ charge: (traffic: Quantity, perGB: Price), workload: Workload
  ) -> LineItem {
    LineItem(
      id: .crossAZ,
      description: "Traffic from the other AZs to the shared one, billed leaving and arriving",
      quantity: charge.traffic.scaled(by: workload.azs - 1, over: workload.azs),
      unit: "GB crossing AZs", unitPrice: charge.perGB,
      cost: crossAZCost(charge, workload: workload))
  }

  /// The cross-AZ cost: the division by N is done on the money, carried to 22 places, so that
  /// the cost is exact whenever traffic x 2X x (N-1) divides by N within 22 places.
  func crossAZCost(_ charge: (traffic: Quantity, perGB: Price), workload: Workload) -> Money {
    (charge.traffic * charge.perGB).multiplied(by: workload.azs - 1).divided(by: workload.azs)
  }
}
