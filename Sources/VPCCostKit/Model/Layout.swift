/// Where a design's gateways or endpoint ENIs sit.
public enum Layout: String, Sendable, CaseIterable {
  /// One shared in a single AZ; the other AZs reach it across AZs.
  case singleAZ = "single-az"
  /// One in each AZ the functions run in.
  case perAZ = "per-az"

  /// `single-AZ` or `per-AZ`, for sentences.
  public var displayName: String { self == .singleAZ ? "single-AZ" : "per-AZ" }

  /// How many gateways or ENIs per service the layout has for `azs` AZs.
  public func instances(azs: Int) -> Int { self == .singleAZ ? 1 : azs }
}
