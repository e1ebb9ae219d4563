/// The designs the cost model compares, by their ids in every output format.
public enum DesignID: String, Sendable, CaseIterable {
  case natSingleAZ = "nat-single-az"
  case natPerAZ = "nat-per-az"
  case privateLinkSingleAZ = "privatelink-single-az"
  case privateLinkPerAZ = "privatelink-per-az"

  /// The technology the design uses.
  public var technology: Technology {
    switch self {
    case .natSingleAZ, .natPerAZ: return .nat
    case .privateLinkSingleAZ, .privateLinkPerAZ: return .privatelink
    }
  }

  /// Where its gateways or ENIs sit.
  public var layout: Layout {
    switch self {
    case .natSingleAZ, .privateLinkSingleAZ: return .singleAZ
    case .natPerAZ, .privateLinkPerAZ: return .perAZ
    }
  }

  /// The design of a technology in a layout.
  public static func of(_ technology: Technology, _ layout: Layout) -> DesignID {
    switch (technology, layout) {
    case (.nat, .singleAZ): return .natSingleAZ
    case (.nat, .perAZ): return .natPerAZ
    case (.privatelink, .singleAZ): return .privateLinkSingleAZ
    case (.privatelink, .perAZ): return .privateLinkPerAZ
    }
  }

  /// A short title such as `NAT gateway per AZ`.
  public var title: String {
    switch self {
    case .natSingleAZ: return "NAT gateway, one shared in a single AZ"
    case .natPerAZ: return "NAT gateway in each AZ"
    case .privateLinkSingleAZ: return "Interface endpoints, ENIs in a single AZ"
    case .privateLinkPerAZ: return "Interface endpoints, an ENI in each AZ"
    }
  }

  /// A name for sentences, such as `PrivateLink per AZ`.
  public var shortName: String {
    "\(technology.displayName) \(layout == .perAZ ? "per AZ" : "in a single AZ")"
  }
}
