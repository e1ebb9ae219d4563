/// Where the NAT and endpoint cost curves of one layout meet, as AWS-service traffic grows.
///
/// "PrivateLink" here is the endpoint side: the PrivateLink design, or the hybrid design (NAT
/// for the internet, endpoints beside it) when some traffic goes to the internet.
public enum BreakEvenCrossing: Hashable, Sendable {
  /// The endpoint side costs no more than NAT at any traffic.
  case privateLinkAtAnyTraffic
  /// NAT costs less than the endpoint side at any traffic.
  case natAtAnyTraffic
  /// NAT is cheaper below this many GB a month and the endpoint side above.
  case privateLinkAbove(Quantity)
  /// The endpoint side is cheaper below this many GB a month and NAT above.
  case natAbove(Quantity)

  /// The traffic where the costs are equal, when there is one.
  public var gigabytes: Quantity? {
    switch self {
    case .privateLinkAbove(let gigabytes), .natAbove(let gigabytes): return gigabytes
    case .privateLinkAtAnyTraffic, .natAtAnyTraffic: return nil
    }
  }
}
