import VPCCostCore

extension TemplateReview {
  /// What the network as built costs a month before any traffic: every NAT gateway's hours
  /// and public IPv4 address (a regional one per active AZ), every interface endpoint's hours
  /// in each AZ of its subnets.
  ///
  /// Counted from the resources the source holds, not from a design: three NAT gateways for
  /// two AZs cost three. Where the AZs of a regional NAT gateway or of an endpoint are not
  /// shown, `azs` (the AZs priced) stands for them.
  static func builtFixedCost(
    of network: NetworkModel, azs: Int, hours: Int, table: PriceTable
  ) -> Money {
    let hours = Int128(hours)
    var total = Money.zero
    for nat in network.natGateways {
      let price = nat.regional ? table.regionalNatGateway ?? table.natGateway : table.natGateway
      let gatewayHours = Quantity(whole: nat.regional ? Int128(azs) * hours : hours)
      total = total + gatewayHours * (price.hourly + table.publicIPv4Hourly)
    }
    for endpoint in network.interfaceEndpoints {
      let zones =
        endpoint.zonesUnknownBecause != nil || endpoint.zones.isEmpty ? azs : endpoint.zones.count
      total = total + Quantity(whole: Int128(zones) * hours) * table.interfaceEndpoint.hourlyPerAZ
    }
    return total
  }
}
