/// Finds the VPC count and the traffic per VPC at which `hub-endpoints` and
/// `privatelink-per-az` cost the same.
///
/// Endpoint data is tiered on the same total traffic T = N x D in both, and gateway endpoints
/// are the same, so with E = S x A x H x EP_h (one VPC's endpoint-hours), a = H x TGW_h (one
/// attachment, zero with `--tgw-existing`) and Z the hosted zones:
///
/// PL - hub = (N - 1) x E - (N + 1) x a - N x D x TGW_gb - Z = N x (E - a - D x TGW_gb) - (E + a + Z)
///
/// which grows linearly with N: exact integer arithmetic on money finds the flip.
struct HubBreakEvenSolver {
  let calculator: CostCalculator

  /// The break-even figures for a workload.
  func solve(_ workload: Workload) -> HubBreakEven {
    let parts = Parts(calculator: calculator, workload: workload)
    return HubBreakEven(vpcs: vpcs(parts), limit: limit(parts, vpcs: workload.vpcs))
  }

  /// The fixed parts of the difference, for one workload.
  struct Parts {
    /// One VPC's endpoint-hours (E).
    let endpointHours: Money
    /// One attachment's hours (a), zero when the VPCs are attached already.
    let attachment: Money
    /// The hosted zones (Z).
    let zones: Money
    /// One VPC's Transit Gateway data charge (D x TGW_gb).
    let transitData: Money
    /// The Transit Gateway's price per GB.
    let transitPerGB: Price

    init(calculator: CostCalculator, workload: Workload) {
      let price = calculator.transitGatewayPrice
      let perVPC = workload.services.count * workload.azs
      endpointHours =
        calculator.instanceHours(perVPC, workload) * calculator.table.interfaceEndpoint.hourlyPerAZ
      attachment =
        workload.tgwExisting
        ? .zero : calculator.instanceHours(1, workload) * price.attachmentHourly
      zones = HostedZonePrice.charges(zones: workload.services.count).reduce(.zero) {
        $0 + $1.cost
      }
      transitData = workload.gbPerMonth * price.perGB
      transitPerGB = price.perGB
    }
  }

  /// The smallest N >= 2 with N x slope >= fixed, where slope = E - a - D x TGW_gb.
  private func vpcs(_ parts: Parts) -> Int? {
    let slope = parts.endpointHours - parts.attachment - parts.transitData
    let fixed = parts.endpointHours + parts.attachment + parts.zones
    guard slope > .zero else { return nil }
    let ceiling = (fixed.units + slope.units - 1) / slope.units
    let count = max(2, ceiling)
    return count <= Int128(WorkloadLimits.maxVPCs) ? Int(count) : nil
  }

  /// D* = ((N - 1) x E - (N + 1) x a - Z) / (N x TGW_gb), rounded at the 12th decimal.
  private func limit(_ parts: Parts, vpcs: Int) -> HubBreakEven.TrafficLimit {
    let margin =
      parts.endpointHours.multiplied(by: vpcs - 1) - parts.attachment.multiplied(by: vpcs + 1)
      - parts.zones
    guard margin >= .zero else { return .never }
    guard parts.transitPerGB > .zero else { return .anyTraffic }
    // Money (10^-22) over a price (10^-10) is a quantity (10^-12).
    let units = DecimalText.divideRounded(
      margin.units, by: parts.transitPerGB.units * Int128(vpcs))
    return .upTo(Quantity(units: units))
  }
}
