/// A design with its monthly cost, as the recommendation weighs it: line by line
/// (`DesignCost`) or by category (`DesignTotals`).
public protocol PricedDesign {
  /// Which design.
  var design: DesignID { get }
  /// Its monthly cost, exact.
  var monthlyCost: Money { get }
  /// Whether it can carry the workload.
  var isFeasible: Bool { get }
}

extension DesignCost: PricedDesign {}
