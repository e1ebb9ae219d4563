/// Prices the designs of the cost model for a workload, line by line, from one region's table.
///
/// It computes and returns values; it prints nothing and formats nothing.
public struct CostCalculator: Sendable {
  /// The region's prices.
  public let table: PriceTable

  /// Creates a calculator for one region's prices.
  public init(table: PriceTable) { self.table = table }

  /// Every design of the cost model, priced, in the order of `DesignID.allCases`.
  public func designCosts(for workload: Workload) -> [DesignCost] {
    DesignID.allCases.map { cost(of: $0, for: workload) }
  }

  /// One design, priced.
  public func cost(of design: DesignID, for workload: Workload) -> DesignCost {
    let instances = design.layout.instances(azs: workload.azs)
    var items: [LineItem]
    switch design.technology {
    case .nat:
      items = natItems(gateways: instances, workload: workload)
    case .privatelink:
      items = endpointItems(azsPerEndpoint: instances, workload: workload)
    }
    if design.layout == .singleAZ { items.append(crossAZ(workload)) }
    return DesignCost(design: design, lineItems: items)
  }

  /// The hours all gateways or ENIs are billed for: instances x H.
  func instanceHours(_ instances: Int, _ workload: Workload) -> Quantity {
    Quantity(whole: Int128(instances * workload.hours))
  }

  private func natItems(gateways: Int, workload: Workload) -> [LineItem] {
    let hours = instanceHours(gateways, workload)
    return [
      LineItem(
        id: .natHours,
        description: gateways == 1
          ? "NAT gateway-hours, one gateway" : "NAT gateway-hours, one gateway in each AZ",
        quantity: hours, unit: "gateway-hours", unitPrice: table.natGateway.hourly),
      LineItem(
        id: .natData, description: "Data processed by the NAT gateway, both directions",
        quantity: workload.gbPerMonth, unit: "GB", unitPrice: table.natGateway.perGB),
      LineItem(
        id: .publicIPv4, description: "Public IPv4 address (Elastic IP) of each NAT gateway",
        quantity: hours, unit: "address-hours", unitPrice: table.publicIPv4Hourly),
    ]
  }

  private func endpointItems(azsPerEndpoint: Int, workload: Workload) -> [LineItem] {
    let hours = instanceHours(azsPerEndpoint * workload.services.count, workload)
    let charges = table.interfaceEndpoint.data.chargesForAnyVolume(workload.gbPerMonth)
    return [
      LineItem(
        id: .endpointHours,
        description: azsPerEndpoint == 1
          ? "Interface endpoint ENI-hours, one endpoint per service in one AZ"
          : "Interface endpoint ENI-hours, one endpoint per service with an ENI in each AZ",
        quantity: hours, unit: "endpoint-AZ-hours",
        unitPrice: table.interfaceEndpoint.hourlyPerAZ),
      LineItem(
        id: .endpointData,
        description: "Data processed by the interface endpoints, tiered per region",
        quantity: workload.gbPerMonth, tiers: charges),
    ]
  }

  /// Traffic from the N-1 other AZs to the shared AZ: D x (N-1)/N GB at 2X (out and in).
  ///
  /// The division by N is done on the money, carried to 22 places, so that the cost is exact
  /// whenever D x 2X x (N-1) divides by N within 22 places.
  private func crossAZ(_ workload: Workload) -> LineItem {
    let perGB = table.crossAZPerGBEachDirection.multiplied(by: 2)
    let otherAZs = workload.azs - 1
    return LineItem(
      id: .crossAZ,
      description: "Traffic from the other AZs to the shared one, billed leaving and arriving",
      quantity: workload.gbPerMonth.scaled(by: otherAZs, over: workload.azs),
      unit: "GB crossing AZs", unitPrice: perGB,
      cost: (workload.gbPerMonth * perGB).multiplied(by: otherAZs).divided(by: workload.azs))
  }
}
