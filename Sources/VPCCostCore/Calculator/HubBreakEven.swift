/// Where interface endpoints shared from a hub VPC start and stop costing less than endpoints
/// in every VPC.
public struct HubBreakEven: Hashable, Sendable {
  /// How much traffic per VPC the hub can carry before it costs more, at the workload's VPCs.
  public enum TrafficLimit: Hashable, Sendable {
    /// The hub costs more than endpoints in every VPC even with no traffic.
    case never
    /// The Transit Gateway charges nothing per GB: the hub's advantage does not shrink.
    case anyTraffic
    /// The hub costs no more up to this many GB a month per VPC.
    case upTo(Quantity)
  }

  /// The smallest N >= 2 at which the hub costs no more (same workload per VPC); nil when it
  /// does not happen up to `WorkloadLimits.maxVPCs`.
  public let vpcs: Int?
  /// At the workload's VPC count, the traffic per VPC up to which the hub costs no more.
  public let limit: TrafficLimit

  /// The limit in GB a month per VPC, or nil when there is none (never or any traffic).
  public var maxGBPerVPC: Quantity? {
    if case .upTo(let gigabytes) = limit { return gigabytes }
    return nil
  }
}
