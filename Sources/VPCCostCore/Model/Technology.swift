/// The way out of the VPC that a design uses.
public enum Technology: String, Sendable, CaseIterable {
  /// A NAT gateway with an Elastic IP and an internet gateway.
  case nat
  /// Interface VPC endpoints (AWS PrivateLink), one per service.
  case privatelink
  /// A NAT gateway for internet traffic with interface endpoints beside it for AWS services.
  case hybrid

  /// The name people use: `NAT gateway`, `PrivateLink` or `NAT gateway + endpoints`.
  public var displayName: String {
    switch self {
    case .nat: return "NAT gateway"
    case .privatelink: return "PrivateLink"
    case .hybrid: return "NAT gateway + endpoints"
    }
  }

  /// The order on an exact tie: PrivateLink first (no public IP), then hybrid, then NAT.
  public var tieRank: Int {
    switch self {
    case .privatelink: return 0
    case .hybrid: return 1
    case .nat: return 2
    }
  }

  /// Whether AWS-service traffic goes through interface endpoints (no public IP on its path).
  public var usesEndpoints: Bool { self != .nat }

  /// Whether the design has a NAT gateway (and so can reach the internet).
  public var hasNATGateway: Bool { self != .privatelink }
}
