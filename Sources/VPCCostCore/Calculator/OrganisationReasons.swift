/// The reasons in numbers for many VPCs: hourly charges paid N times against one shared set,
/// the Transit Gateway's attachments and its per-GB charge.
enum OrganisationReasons {
  /// One sentence for endpoints, one for NAT gateways.
  static func reasons(designs: [DesignCost], workload: Workload) -> [String] {
    func find(_ id: DesignID) -> DesignCost? { designs.first { $0.design == id } }
    var reasons: [String] = []
    if let each = find(.privateLinkPerAZ), let hub = find(.hubEndpoints) {
      reasons.append(
        "Endpoints in every VPC pay \(workload.vpcs) VPCs x \(workload.services.count) service\(workload.services.count == 1 ? "" : "s") x \(workload.azs) AZ\(workload.azs == 1 ? "" : "s") of endpoint-hours: \(each.cost(ofItem: .endpointHours).dollars) a month; the hub pays them once (\(hub.cost(ofItem: .endpointHours).dollars)) plus \(transitWords(hub, workload)) and \(hub.cost(ofItem: .hostedZones).dollars) of private hosted zones: \(hub.monthlyCost.dollars) against \(each.monthlyCost.dollars) in all."
      )
    }
    if let each = find(.natPerAZ), let central = find(.centralEgress) {
      let gateways = workload.vpcs * workload.azs
      let centralFixed = central.cost(ofItem: .natHours) + central.cost(of: .publicIPv4)
      reasons.append(
        "NAT gateways in every VPC: \(gateways) gateways with their public IPv4 addresses cost \(each.fixedCost.dollars) a month before traffic; central egress has \(workload.azs) (\(centralFixed.dollars)) plus \(transitWords(central, workload)): \(central.monthlyCost.dollars) against \(each.monthlyCost.dollars) in all."
      )
    }
    return reasons
  }

  /// `21 Transit Gateway attachments ($766.50) and $0.02 a GB on 38.15 GB ($0.76)`.
  private static func transitWords(_ design: DesignCost, _ workload: Workload) -> String {
    let data = design.lineItems.first { $0.id == .tgwData }
    let perGB = data?.unitPrice?.dollars ?? "$0"
    let gigabytes = data?.quantity.display(places: 2) ?? "0"
    let attachments =
      workload.tgwExisting
      ? "the existing Transit Gateway attachments (not priced)"
      : "\(workload.vpcs + 1) Transit Gateway attachments (\(design.cost(ofItem: .tgwAttachments).dollars))"
    return
      "\(attachments) and \(perGB) a GB on \(gigabytes) GB through the Transit Gateway (\(design.cost(ofItem: .tgwData).dollars))"
  }
}
