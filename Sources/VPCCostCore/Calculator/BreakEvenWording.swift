/// Says a break-even in one plain sentence.
enum BreakEvenWording {
  /// One sentence for the crossing, the invocations and the service limit.
  static func summary(
    crossing: BreakEvenCrossing, invocations: Int128?, maxServices: Int,
    pair: (nat: DesignID, endpoints: DesignID), workload: Workload
  ) -> String {
    let nat = pair.nat.shortName
    let privateLink = pair.endpoints.shortName
    let endpoints = pair.endpoints.technology == .hybrid ? "adding endpoints" : "PrivateLink"
    let services = servicesClause(maxServices, endpoints: endpoints, workload: workload)
    switch crossing {
    case .privateLinkAtAnyTraffic:
      return
        "\(privateLink) costs no more than \(nat) at any traffic with \(workload.services.count) service\(workload.services.count == 1 ? "" : "s"); \(services)."
    case .natAtAnyTraffic:
      return
        "\(nat) costs less than \(privateLink) at any traffic with \(workload.services.count) service\(workload.services.count == 1 ? "" : "s"); \(services)."
    case .privateLinkAbove(let gigabytes):
      return
        "\(privateLink) is cheaper above \(volume(gigabytes, invocations, workload)) and \(nat) below; \(services)."
    case .natAbove(let gigabytes):
      return
        "\(nat) is cheaper above \(volume(gigabytes, invocations, workload)) and \(privateLink) below; \(services)."
    }
  }

  /// What the service count can grow to: never "up to 0", never more than vpccost prices.
  static func servicesClause(_ maxServices: Int, endpoints: String, workload: Workload) -> String {
    let traffic = "at \(workload.gbPerMonth.display(places: 2)) GB a month of AWS-service traffic"
    switch maxServices {
    case ..<1: return "\(traffic) \(endpoints) costs more even with 1 endpoint service"
    case WorkloadLimits.maxServices...:
      return
        "\(traffic) \(endpoints) costs no more with any number of endpoint services (vpccost prices up to \(DecimalText.grouped(String(WorkloadLimits.maxServices))))"
    default:
      return
        "\(traffic) \(endpoints) costs no more with up to \(DecimalText.grouped(String(maxServices))) endpoint service\(maxServices == 1 ? "" : "s")"
    }
  }

  /// `4,381.74 GB a month (1,148,648,876 invocations at 4 KiB each)`.
  static func volume(_ gigabytes: Quantity, _ invocations: Int128?, _ workload: Workload) -> String
  {
    let text =
      "\(gigabytes.display(places: 2)) GB a month\(workload.isOrganisation ? " per VPC" : "")"
    guard let invocations else { return text }
    let each = DataSize.describe(workload.bytesPerInvocation)
    return text + " (\(DecimalText.grouped(String(invocations))) invocations at \(each) each)"
  }

  /// The VPC count from which the hub pays, and the traffic per VPC up to which it does.
  static func hubSentence(_ hub: HubBreakEven, workload: Workload) -> String {
    let perVPC = "\(workload.gbPerMonth.display(places: 2)) GB a month per VPC"
    let from =
      hub.vpcs.map {
        "Endpoints shared from a hub VPC cost no more than endpoints in every VPC from \($0) VPCs on (at \(perVPC))"
      }
      ?? "Endpoints shared from a hub VPC cost more than endpoints in every VPC at any count up to \(DecimalText.grouped(String(WorkloadLimits.maxVPCs))) VPCs (at \(perVPC))"
    let at = "with \(workload.vpcs) VPCs"
    switch hub.limit {
    case .never:
      return from + "; \(at) the hub costs more even with no traffic."
    case .anyTraffic:
      return from + "; \(at) the hub costs no more at any traffic."
    case .upTo(let gigabytes):
      return from
        + "; \(at) the hub costs no more while each VPC sends at most \(gigabytes.display(places: 2)) GB a month."
    }
  }
}
