/// The way out of the VPC that a design uses.
public enum Technology: String, Sendable, CaseIterable {
  /// A NAT gateway with an Elastic IP and an internet gateway.
  case nat
  /// Interface VPC endpoints (AWS PrivateLink), one per service.
  case privatelink

  /// The name people use: `NAT gateway` or `PrivateLink`.
  public var displayName: String { self == .nat ? "NAT gateway" : "PrivateLink" }

  /// The other technology.
  public var other: Technology { self == .nat ? .privatelink : .nat }
}
