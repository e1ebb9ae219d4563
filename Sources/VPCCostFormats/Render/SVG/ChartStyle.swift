import VPCCostCore

/// Colours and dash patterns of the designs, shared by every chart.
enum ChartStyle {
  /// The stroke colour of a design: NAT red, PrivateLink blue, hybrid purple.
  static func color(_ design: DesignID) -> String {
    // The regional NAT gateway often costs what NAT per AZ costs: its own colour keeps its
    // dotted line visible on top of the other's.
    if design == .natRegional { return "#f39c12" }
    if design == .hubEndpoints { return "#16a085" }
    if design == .centralEgress { return "#7b241c" }
    switch design.technology {
    case .nat: return "#c0392b"
    case .privatelink: return "#1f6fb2"
    case .hybrid: return "#7d3c98"
    }
  }

  /// Single-AZ designs are dashed, regional dotted, shared dash-dotted, per-AZ solid.
  static func dash(_ design: DesignID) -> String? {
    switch design.layout {
    case .singleAZ: return "7 4"
    case .regional: return "2 4"
    case .shared: return "10 4 2 4"
    case .perAZ: return nil
    }
  }

  /// The fill colour of a charge category in stacked bars.
  static func color(_ category: ChargeCategory) -> String {
    switch category {
    case .hourly: return "#34495e"
    case .data: return "#16a085"
    case .crossAZ: return "#e67e22"
    case .publicIPv4: return "#8e44ad"
    case .internetEgress: return "#c0392b"
    }
  }

  /// Words for a charge category in a legend.
  static func label(_ category: ChargeCategory) -> String {
    switch category {
    case .hourly: return "Hours (gateways, ENIs)"
    case .data: return "Data processed"
    case .crossAZ: return "Cross-AZ transfer"
    case .publicIPv4: return "Public IPv4 addresses"
    case .internetEgress: return "Internet egress"
    }
  }
}
