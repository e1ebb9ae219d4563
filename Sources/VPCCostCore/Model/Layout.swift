/// Where a design's gateways or endpoint ENIs sit.
public enum Layout: String, Sendable, CaseIterable {
  /// One shared in a single AZ; the other AZs reach it across AZs.
  case singleAZ = "single-az"
  /// One in each AZ the functions run in.
  case perAZ = "per-az"
  /// One regional NAT gateway active in every AZ the functions run in.
  case regional
  /// In one hub (or egress) VPC, one in each AZ, reached by every spoke VPC through a Transit
  /// Gateway.
  case shared

  /// `single-AZ`, `per-AZ` or `regional`, for sentences.
  public var displayName: String {
    switch self {
    case .singleAZ: return "single-AZ"
    case .perAZ: return "per-AZ"
    case .regional: return "regional"
    case .shared: return "shared"
    }
  }

  /// How many gateways (or gateway-AZs) or ENIs per service the layout has for `azs` AZs.
  public func instances(azs: Int) -> Int { self == .singleAZ ? 1 : azs }

  /// The order on an exact tie: per-AZ first, then regional (both in every VPC: the smaller
  /// blast radius), then shared, then single-AZ.
  public var tieRank: Int {
    switch self {
    case .perAZ: return 0
    case .regional: return 1
    case .shared: return 2
    case .singleAZ: return 3
    }
  }

  /// Whether the layout survives the loss of one AZ.
  public var isResilient: Bool { self != .singleAZ }
}
