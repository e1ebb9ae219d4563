/// The point where two designs cost the same: a NAT design and its endpoint counterpart
/// (PrivateLink, or hybrid with internet traffic), or, on the VPC axis, endpoints in every VPC
/// and endpoints shared from a hub.
package struct BreakEvenPoint: Hashable, Sendable {
  /// The axis value (GB a month, invocations a month, services or VPCs).
  package let value: Quantity
  /// The first design's cost there: the NAT design, or endpoints in every VPC.
  package let cost: Money
  /// The second design's cost there (equal to the cent on a traffic axis; no more than
  /// `cost` on the VPC axis, whose points are whole).
  package let otherCost: Money
}
