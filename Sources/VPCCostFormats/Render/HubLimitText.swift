import VPCCostCore

/// Words for the traffic per VPC up to which a hub's shared endpoints cost no more.
enum HubLimitText {
  /// `12,345.67 GB a month`, `any traffic` or `none (the hub costs more even with no traffic)`.
  static func describe(_ limit: HubBreakEven.TrafficLimit) -> String {
    switch limit {
    case .upTo(let gigabytes): return "\(gigabytes.display(places: 2)) GB a month"
    case .anyTraffic: return "any traffic (the Transit Gateway charges nothing per GB)"
    case .never: return "none (the hub costs more even with no traffic)"
    }
  }
}
