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
    if workload.isOrganisation {
      var designs: [DesignID] = [.natPerAZ, .natRegional, .privateLinkPerAZ]
      if workload.needsInternet { designs.append(.hybridPerAZ) }
      return designs + [.hubEndpoints, .centralEgress]
    }
    var designs: [DesignID] = [
      .natSingleAZ, .natPerAZ, .natRegional, .privateLinkSingleAZ, .privateLinkPerAZ,
    ]
    if workload.needsInternet { designs += [.hybridSingleAZ, .hybridPerAZ] }
    return designs
  }

  /// Every design that applies, priced, in the order of `designs(for:)`.
  public func designCosts(for workload: Workload) -> [DesignCost] {
    designs(for: workload).map { cost(of: $0, for: workload) }
  }

  /// One design, priced.
  ///
  /// NAT designs process all traffic (AWS services and internet); hybrid designs' NAT gateways
  /// process only the internet traffic and interface endpoints the rest. Single-AZ designs pay
  /// cross-AZ transfer for the traffic of the other AZs. S3 and DynamoDB go through free
  /// gateway endpoints in every design (and in every VPC). Designs in every VPC have their
  /// gateways or ENIs N times; shared designs once, plus the Transit Gateway.
  public func cost(of design: DesignID, for workload: Workload) -> DesignCost {
    let place = DesignPlacement(design: design, workload: workload)
    let technology = design.technology
    let internet = workload.totalInternetGB
    var items: [LineItem] = []
    if technology.hasNATGateway {
      let traffic = technology == .nat ? workload.totalGB + internet : internet
      items += natItems(place, traffic: traffic, workload: workload)
    }
    if technology.usesEndpoints {
      items += endpointItems(place, workload: workload)
    }
    if design.layout == .shared {
      let traffic = technology == .nat ? workload.totalGB + internet : workload.totalGB
      items += transitGatewayItems(traffic: traffic, workload: workload)
      if technology == .privatelink { items.append(hostedZones(workload)) }
    }
    if technology.hasNATGateway && workload.needsInternet {
      items.append(internetEgress(internet))
    }
    if design.layout == .singleAZ {
      let singleInternet = technology.hasNATGateway ? workload.internetGB : .zero
      items.append(crossAZ(workload.gbPerMonth + singleInternet, workload: workload))
    }
    if workload.gatewayEndpointGB > .zero {
      items.append(gatewayEndpoint(workload.totalGatewayEndpointGB, vpcs: workload.vpcs))
    }
    let infeasible =
      technology == .privatelink && workload.needsInternet
      ? "\(workload.totalInternetGB.display(places: 2)) GB a month go to the internet, which needs a NAT gateway; interface endpoints reach AWS services only"
      : nil
    return DesignCost(design: design, lineItems: items, infeasibleReason: infeasible)
  }

  /// The hours all gateways or ENIs are billed for: instances x H.
  func instanceHours(_ instances: Int, _ workload: Workload) -> Quantity {
    Quantity(whole: Int128(instances * workload.hours))
  }

  /// The NAT gateway prices of a layout: the regional rate where the table has one.
  func natPrice(regional: Bool) -> NATGatewayPrice {
    regional ? table.regionalNatGateway ?? table.natGateway : table.natGateway
  }

  private func natItems(_ place: DesignPlacement, traffic: Quantity, workload: Workload)
    -> [LineItem]
  {
    let regional = place.design.layout == .regional
    let hours = instanceHours(place.instances, workload)
    let price = natPrice(regional: regional)
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
        id: .natHours, description: description, quantity: hours, unit: "gateway-hours",
        unitPrice: price.hourly),
      LineItem(
        id: .natData, description: "Data processed by the NAT gateway, both directions",
        quantity: traffic,
        unit: "GB", unitPrice: price.perGB),
      LineItem(
        id: .publicIPv4,
        description: regional
          ? "Public IPv4 addresses, assumed one per active AZ (AWS does not confirm the count in automatic mode)"
          : "Public IPv4 address (Elastic IP) of each NAT gateway",
        quantity: hours, unit: "address-hours", unitPrice: table.publicIPv4Hourly),
    ]
  }

  private func endpointItems(_ place: DesignPlacement, workload: Workload) -> [LineItem] {
    let hours = instanceHours(place.instances * workload.services.count, workload)
    let charges = table.interfaceEndpoint.data.chargesForAnyVolume(workload.totalGB)
    return [
      LineItem(
        id: .endpointHours,
        description: place.perVPC == 1
          ? "Interface endpoint ENI-hours, one endpoint per service in one AZ" + place.suffix
          : "Interface endpoint ENI-hours, one endpoint per service with an ENI in each AZ"
            + place.suffix,
        quantity: hours, unit: "endpoint-AZ-hours",
        unitPrice: table.interfaceEndpoint.hourlyPerAZ),
      LineItem(
        id: .endpointData,
        description: workload.isOrganisation
          ? "Data processed by the interface endpoints, tiered on all VPCs' traffic in the region"
          : "Data processed by the interface endpoints, tiered per region",
        quantity: workload.totalGB, tiers: charges),
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
  ///
  /// The division by N is done on the money, carried to 22 places, so that the cost is exact
  /// whenever traffic x 2X x (N-1) divides by N within 22 places.
  private func crossAZ(_ traffic: Quantity, workload: Workload) -> LineItem {
    let perGB = table.crossAZPerGBEachDirection.multiplied(by: 2)
    let otherAZs = workload.azs - 1
    return LineItem(
      id: .crossAZ,
      description: "Traffic from the other AZs to the shared one, billed leaving and arriving",
      quantity: traffic.scaled(by: otherAZs, over: workload.azs),
      unit: "GB crossing AZs", unitPrice: perGB,
      cost: (traffic * perGB).multiplied(by: otherAZs).divided(by: workload.azs))
  }
}
