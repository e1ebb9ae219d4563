extension CostCalculator {
  /// The Transit Gateway's prices; `WorkloadParser` refuses more than one VPC without them.
  var transitGatewayPrice: TransitGatewayPrice {
    guard let price = table.transitGateway else {
      preconditionFailure("a shared design was priced with a table that has no Transit Gateway")
    }
    return price
  }

  /// The attachments (one per spoke and the hub's, unless they exist already) and the data
  /// the Transit Gateway processes: every GB sent into it, requests and responses, once.
  func transitGatewayItems(
    attachments: DesignCharges.Flat, data: DesignCharges.Flat, workload: Workload
  ) -> [LineItem] {
    [
      LineItem(
        id: .tgwAttachments,
        description: workload.tgwExisting
          ? "Transit Gateway VPC attachments: the VPCs are attached already (--tgw-existing), not charged to this design"
          : "Transit Gateway VPC attachment-hours, one per spoke VPC and one for the shared VPC",
        quantity: attachments.quantity, unit: "attachment-hours", unitPrice: attachments.price),
      LineItem(
        id: .tgwData,
        description: "Data processed by the Transit Gateway, every GB sent into it from a VPC",
        quantity: data.quantity, unit: "GB", unitPrice: data.price),
    ]
  }

  /// One Route 53 private hosted zone per centralised service, associated with every spoke.
  func hostedZones(_ zones: Int) -> LineItem {
    LineItem(
      id: .hostedZones,
      description:
        "Route 53 private hosted zones, one per service, associated with every spoke VPC (a monthly price)",
      quantity: Quantity(whole: Int128(zones)), unit: "zones",
      tiers: HostedZonePrice.charges(zones: zones))
  }
}
