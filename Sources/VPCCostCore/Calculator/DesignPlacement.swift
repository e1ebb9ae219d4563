/// How many gateways or ENIs per service a design has, and in which VPCs, for one workload.
struct DesignPlacement {
  /// The design placed.
  let design: DesignID
  /// Gateways (or gateway-AZs) or ENIs per service in one VPC.
  let perVPC: Int
  /// In how many VPCs: every spoke for designs in each VPC, one hub for shared designs.
  let vpcs: Int
  /// Where the design sits, as line items end (empty for a single VPC).
  let suffix: String

  /// The placement of a design for a workload.
  init(design: DesignID, workload: Workload) {
    self.design = design
    perVPC = design.layout.instances(azs: workload.azs)
    if design.layout == .shared {
      vpcs = 1
      suffix = design.technology == .nat ? ", in the egress VPC" : ", in the hub VPC"
    } else {
      vpcs = workload.vpcs
      suffix = workload.vpcs == 1 ? "" : ", in each of \(workload.vpcs) VPCs"
    }
  }

  /// Gateways or ENIs per service in all VPCs together.
  var instances: Int { perVPC * vpcs }
}
