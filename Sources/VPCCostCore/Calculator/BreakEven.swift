/// The boundary of the recommendation: the traffic and the service count at which it flips.
package struct BreakEven: Hashable, Sendable {
  /// The layout compared (the recommended design's).
  package let layout: Layout
  /// The NAT design compared.
  package let natDesign: DesignID
  /// The endpoint design compared: PrivateLink, or hybrid when internet traffic needs NAT.
  package let endpointDesign: DesignID
  /// Where the two technologies' costs meet as traffic grows.
  package let crossing: BreakEvenCrossing
  /// The crossing in invocations a month at the workload's bytes per invocation, rounded up.
  package let invocationsPerMonth: Int128?
  /// The most endpoint services for which PrivateLink costs no more than NAT at this traffic.
  package let maxPrivateLinkServices: Int
  /// One sentence that says all of the above.
  package let summary: String

  /// The traffic where the costs are equal, or nil when one technology wins at any traffic.
  package var gbPerMonth: Quantity? { crossing.gigabytes }
}
