/// The point where a NAT design and its endpoint counterpart (PrivateLink, or hybrid with
/// internet traffic) cost the same.
public struct BreakEvenPoint: Hashable, Sendable {
  /// The axis value (GB a month, or invocations a month).
  public let value: Quantity
  /// The NAT design's cost there.
  public let natCost: Money
  /// The endpoint design's cost there (equal to the cent).
  public let privateLinkCost: Money
}
