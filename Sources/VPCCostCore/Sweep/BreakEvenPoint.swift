/// The point where a NAT design and its endpoint counterpart (PrivateLink, or hybrid with
/// internet traffic) cost the same.
package struct BreakEvenPoint: Hashable, Sendable {
  /// The axis value (GB a month, or invocations a month).
  package let value: Quantity
  /// The NAT design's cost there.
  package let natCost: Money
  /// The endpoint design's cost there (equal to the cent).
  package let privateLinkCost: Money
}
