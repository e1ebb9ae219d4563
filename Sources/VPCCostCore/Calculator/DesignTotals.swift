/// One design's monthly cost by charge category, without line items: what `batch` writes.
public struct DesignTotals: Hashable, Sendable, PricedDesign {
  /// Which design.
  public let design: DesignID
  /// Gateway-, endpoint-, attachment-hours and hosted zones.
  public let hourly: Money
  /// Data processed by gateways, endpoints and the Transit Gateway.
  public let data: Money
  /// Traffic between AZs.
  public let crossAZ: Money
  /// Public IPv4 addresses.
  public let publicIPv4: Money
  /// Data transfer out to the internet.
  public let internetEgress: Money
  /// Whether the design can carry the workload.
  public let isFeasible: Bool

  /// The sum of the categories, exact.
  public var monthlyCost: Money { hourly + data + crossAZ + publicIPv4 + internetEgress }
}

extension DesignTotals {
  /// The totals of a design priced line by line: its line items summed by category.
  public init(_ cost: DesignCost) {
    self.init(
      design: cost.design, hourly: cost.cost(of: .hourly), data: cost.cost(of: .data),
      crossAZ: cost.cost(of: .crossAZ), publicIPv4: cost.cost(of: .publicIPv4),
      internetEgress: cost.cost(of: .internetEgress), isFeasible: cost.isFeasible)
  }
}
