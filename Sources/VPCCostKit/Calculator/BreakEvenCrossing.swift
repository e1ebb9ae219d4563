/// Where the NAT and PrivateLink cost curves of one layout meet, as traffic grows.
public enum BreakEvenCrossing: Hashable, Sendable {
  /// PrivateLink costs no more than NAT at any traffic.
  case privateLinkAtAnyTraffic
  /// NAT costs less than PrivateLink at any traffic.
  case natAtAnyTraffic
  /// NAT is cheaper below this many GB a month and PrivateLink above.
  case privateLinkAbove(Quantity)
  /// PrivateLink is cheaper below this many GB a month and NAT above.
  case natAbove(Quantity)

  /// The traffic where the costs are equal, when there is one.
  public var gigabytes: Quantity? {
    switch self {
    case .privateLinkAbove(let gigabytes), .natAbove(let gigabytes): return gigabytes
    case .privateLinkAtAnyTraffic, .natAtAnyTraffic: return nil
    }
  }
}
