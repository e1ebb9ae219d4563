/// The point where a NAT design and a PrivateLink design of one layout cost the same.
public struct BreakEvenPoint: Hashable, Sendable {
  /// The axis value (GB a month, or invocations a month).
  public let value: Quantity
  /// The NAT design's cost there.
  public let natCost: Money
  /// The PrivateLink design's cost there (equal to the cent).
  public let privateLinkCost: Money
}
