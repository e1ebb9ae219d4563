/// How many gateways or ENIs per service a design has, and in which VPCs, for one workload.
struct DesignPlacement {
  /// The design placed.
  let design: DesignID
  /// Gateways (or gateway-AZs) or ENIs per service in one VPC.
  let perVPC: Int
  /// In how many VPCs: every spoke for designs in each VPC, one hub for shared designs.
  let vpcs: Int
  /// How many spoke VPCs the workload has.
  let spokes: Int

  /// The placement of a design for a workload.
  ///
  /// The workload is borrowed: an initializer would otherwise take (and retain) a copy of it.
  init(design: DesignID, workload: borrowing Workload) {
    self.design = design
    perVPC = design.layout.instances(azs: workload.azs)
    spokes = workload.vpcs
    vpcs = design.layout == .shared ? 1 : workload.vpcs
  }

  /// Where the design sits, as line items end (empty for a single VPC).
  var suffix: String {
    if design.layout == .shared {
      return design.technology == .nat ? ", in the egress VPC" : ", in the hub VPC"
    }
    return spokes == 1 ? "" : ", in each of \(spokes) VPCs"
  }

  /// Gateways or ENIs per service in all VPCs together.
  var instances: Int { perVPC * vpcs }
}
