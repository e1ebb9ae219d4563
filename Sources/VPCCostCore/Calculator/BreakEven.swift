/// The boundary of the recommendation: the traffic and the service count at which it flips.
public struct BreakEven: Hashable, Sendable {
  /// The layout compared (the recommended design's).
  public let layout: Layout
  /// The NAT design compared.
  public let natDesign: DesignID
  /// The endpoint design compared: PrivateLink, or hybrid when internet traffic needs NAT.
  public let endpointDesign: DesignID
  /// Where the two technologies' costs meet as traffic grows.
  public let crossing: BreakEvenCrossing
  /// The crossing in invocations a month at the workload's bytes per invocation, rounded up.
  public let invocationsPerMonth: Int128?
  /// The most endpoint services for which PrivateLink costs no more than NAT at this traffic.
  public let maxPrivateLinkServices: Int
  /// With two or more VPCs: where shared endpoints in a hub start and stop paying.
  public let hub: HubBreakEven?
  /// One sentence that says all of the above (two with a hub).
  public let summary: String

  /// The smallest VPC count at which the hub costs no more than endpoints in every VPC.
  public var vpcs: Int? { hub?.vpcs }

  /// The traffic where the costs are equal, or nil when one technology wins at any traffic.
  public var gbPerMonth: Quantity? { crossing.gigabytes }
}
