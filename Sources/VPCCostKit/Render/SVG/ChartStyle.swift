/// Colours and dash patterns of the designs, shared by every chart.
enum ChartStyle {
  /// The stroke colour of a design: NAT red, PrivateLink blue.
  static func color(_ design: DesignID) -> String {
    design.technology == .nat ? "#c0392b" : "#1f6fb2"
  }

  /// Single-AZ designs are dashed, per-AZ designs solid.
  static func dash(_ design: DesignID) -> String? {
    design.layout == .singleAZ ? "7 4" : nil
  }

  /// The fill colour of a charge category in stacked bars.
  static func color(_ category: ChargeCategory) -> String {
    switch category {
    case .hourly: return "#34495e"
    case .data: return "#16a085"
    case .crossAZ: return "#e67e22"
    case .publicIPv4: return "#8e44ad"
    }
  }

  /// Words for a charge category in a legend.
  static func label(_ category: ChargeCategory) -> String {
    switch category {
    case .hourly: return "Hours (gateways, ENIs)"
    case .data: return "Data processed"
    case .crossAZ: return "Cross-AZ transfer"
    case .publicIPv4: return "Public IPv4 addresses"
    }
  }
}
