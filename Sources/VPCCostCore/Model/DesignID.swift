/// The designs the cost model compares, by their ids in every output format.
public enum DesignID: String, Sendable, CaseIterable {
  case natSingleAZ = "nat-single-az"
  case natPerAZ = "nat-per-az"
  case natRegional = "nat-regional"
  case privateLinkSingleAZ = "privatelink-single-az"
  case privateLinkPerAZ = "privatelink-per-az"
  case hybridSingleAZ = "hybrid-single-az"
  case hybridPerAZ = "hybrid-per-az"
  case hubEndpoints = "hub-endpoints"
  case centralEgress = "central-egress"

  /// The design at a position in `allCases`, without reading the array.
  ///
  /// `index` and this are the one place a design's position is written out (a switch, so that
  /// a batch reads it without touching an array); `CalculatorTests.designIndicesFollowAllCases`
  /// holds both to `allCases`, and `index`'s switch is exhaustive, so a new design cannot be
  /// left out of it.
  init(index: Int) {
    switch index {
    case 0: self = .natSingleAZ
    case 1: self = .natPerAZ
    case 2: self = .natRegional
    case 3: self = .privateLinkSingleAZ
    case 4: self = .privateLinkPerAZ
    case 5: self = .hybridSingleAZ
    case 6: self = .hybridPerAZ
    case 7: self = .hubEndpoints
    case 8: self = .centralEgress
    default: preconditionFailure("no design at index \(index)")
    }
  }

  /// The design's position in `allCases`, without searching.
  public var index: Int {
    switch self {
    case .natSingleAZ: return 0
    case .natPerAZ: return 1
    case .natRegional: return 2
    case .privateLinkSingleAZ: return 3
    case .privateLinkPerAZ: return 4
    case .hybridSingleAZ: return 5
    case .hybridPerAZ: return 6
    case .hubEndpoints: return 7
    case .centralEgress: return 8
    }
  }

  /// Whether the design applies to a workload of one VPC or many, with internet traffic or
  /// without (the cost model's "Designs"): hybrid designs only with internet traffic; with
  /// many VPCs, only layouts that survive an AZ's loss (the shared designs among them); with
  /// one VPC, every layout but the shared ones.
  public func applies(manyVPCs: Bool, internet: Bool) -> Bool {
    if technology == .hybrid && !internet { return false }
    return manyVPCs ? layout.isResilient : layout != .shared
  }

  /// The technology the design uses.
  public var technology: Technology {
    switch self {
    case .natSingleAZ, .natPerAZ, .natRegional, .centralEgress: return .nat
    case .privateLinkSingleAZ, .privateLinkPerAZ, .hubEndpoints: return .privatelink
    case .hybridSingleAZ, .hybridPerAZ: return .hybrid
    }
  }

  /// Where its gateways or ENIs sit.
  public var layout: Layout {
    switch self {
    case .natSingleAZ, .privateLinkSingleAZ, .hybridSingleAZ: return .singleAZ
    case .natPerAZ, .privateLinkPerAZ, .hybridPerAZ: return .perAZ
    case .natRegional: return .regional
    case .hubEndpoints, .centralEgress: return .shared
    }
  }

  /// The design of a technology in a layout (endpoints have no regional layout: per-AZ; hybrid
  /// designs are not shared: per-AZ).
  public static func of(_ technology: Technology, _ layout: Layout) -> DesignID {
    switch (technology, layout) {
    case (.nat, .singleAZ): return .natSingleAZ
    case (.nat, .perAZ): return .natPerAZ
    case (.nat, .regional): return .natRegional
    case (.nat, .shared): return .centralEgress
    case (.privatelink, .singleAZ): return .privateLinkSingleAZ
    case (.privatelink, .shared): return .hubEndpoints
    case (.privatelink, _): return .privateLinkPerAZ
    case (.hybrid, .singleAZ): return .hybridSingleAZ
    case (.hybrid, _): return .hybridPerAZ
    }
  }

  /// A short title such as `NAT gateway in each AZ`.
  public var title: String {
    switch self {
    case .natSingleAZ: return "NAT gateway, one shared in a single AZ"
    case .natPerAZ: return "NAT gateway in each AZ"
    case .natRegional: return "Regional NAT gateway, active in each AZ"
    case .privateLinkSingleAZ: return "Interface endpoints, ENIs in a single AZ"
    case .privateLinkPerAZ: return "Interface endpoints, an ENI in each AZ"
    case .hybridSingleAZ: return "NAT gateway for the internet + endpoints, in a single AZ"
    case .hybridPerAZ: return "NAT gateway for the internet + endpoints, in each AZ"
    case .hubEndpoints: return "Interface endpoints in a hub VPC, shared through a Transit Gateway"
    case .centralEgress: return "NAT gateways in an egress VPC, shared through a Transit Gateway"
    }
  }

  /// A name for sentences, such as `PrivateLink per AZ`.
  public var shortName: String {
    switch layout {
    case .perAZ: return "\(technology.displayName) per AZ"
    case .singleAZ: return "\(technology.displayName) in a single AZ"
    case .regional: return "Regional NAT gateway"
    case .shared: return technology == .nat ? "Central egress" : "Hub endpoints"
    }
  }
}
