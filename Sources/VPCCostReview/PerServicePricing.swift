import VPCCostCore

/// The comparison when the template shows no AWS service its functions call: the NAT designs
/// priced in full, the endpoint design as a cost before services plus a cost per service, and
/// the service count up to which the endpoints cost no more.
///
/// A NAT gateway serves every service for one price; an interface endpoint is paid per service.
/// Without the services, pricing a `lambda` endpoint nothing calls would be a guess priced as a
/// fact, so the review prices what the services do not change and says where they decide.
package struct PerServicePricing: Sendable {
  /// The NAT designs that can carry the workload, priced (the services do not change them).
  package let natDesigns: [DesignCost]
  /// The NAT design the endpoints are weighed against (the break-even's).
  package let natDesign: DesignID
  /// The endpoint design weighed (PrivateLink, or hybrid when internet traffic needs NAT).
  package let endpointDesign: DesignID
  /// What the endpoint design costs a month before its first service (data, NAT of a hybrid).
  package let costBeforeServices: Money
  /// What each service adds to the endpoint design a month: an endpoint in every AZ.
  package let costPerService: Money
  /// The most services for which the endpoint design costs no more than the NAT design.
  package let maxServices: Int

  /// Prices the designs from comparisons of the same workload with one service and two.
  package init(one: Comparison, two: Comparison) {
    let breakEven = one.breakEven
    natDesigns = one.designs.filter { $0.design.technology == .nat && $0.isFeasible }
    natDesign = breakEven.natDesign
    endpointDesign = breakEven.endpointDesign
    let first = one.cost(of: breakEven.endpointDesign)?.monthlyCost ?? .zero
    let second = two.cost(of: breakEven.endpointDesign)?.monthlyCost ?? .zero
    costPerService = second - first
    costBeforeServices = first - costPerService
    maxServices = breakEven.maxPrivateLinkServices
  }

  /// The NAT design's monthly cost.
  package var natCost: Money {
    natDesigns.first { $0.design == natDesign }?.monthlyCost ?? .zero
  }

  /// Up to how many services the endpoint design costs no more, in words: "privatelink-per-az
  /// costs no more than nat-per-az for up to 5 services".
  package var bound: String {
    maxServices == 0
      ? "\(endpointDesign.rawValue) costs more than \(natDesign.rawValue) even for one service at this traffic"
      : "\(endpointDesign.rawValue) costs no more than \(natDesign.rawValue) for up to \(maxServices) service\(maxServices == 1 ? "" : "s")"
  }

  /// One sentence: what the NAT design costs whatever the services, what the endpoints cost
  /// per service, and up to how many services they cost no more.
  package var summary: String {
    let upTo =
      maxServices == 0
      ? "so it costs more than \(natDesign.rawValue) even for one service at this traffic"
      : "so it costs no more than \(natDesign.rawValue) for up to \(maxServices) service\(maxServices == 1 ? "" : "s")"
    return
      "The template does not show which AWS services the functions call: \(natDesign.rawValue) costs \(natCost.dollars) a month whatever they are; \(endpointDesign.rawValue) costs \(costBeforeServices.dollars) plus \(costPerService.dollars) for each service (an interface endpoint in every AZ), \(upTo). Pass --services to compare them."
  }
}
