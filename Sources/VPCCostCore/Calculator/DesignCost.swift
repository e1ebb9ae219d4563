/// One design priced for a workload: its line items and its monthly total.
public struct DesignCost: Hashable, Sendable {
  /// Which design.
  public let design: DesignID
  /// Its charges, in a fixed order.
  public let lineItems: [LineItem]
  /// The sum of the line items, exact.
  public let monthlyCost: Money
  /// Why the design cannot carry this workload, when it cannot.
  public let infeasibleReason: String?

  /// Creates a priced design; the total is the exact sum of the line items.
  public init(design: DesignID, lineItems: [LineItem], infeasibleReason: String? = nil) {
    self.design = design
    self.lineItems = lineItems
    self.monthlyCost = lineItems.reduce(Money.zero) { $0 + $1.cost }
    self.infeasibleReason = infeasibleReason
  }

  /// Whether the design can carry the workload.
  public var isFeasible: Bool { infeasibleReason == nil }

  /// The total of the line items in one category.
  public func cost(of category: ChargeCategory) -> Money {
    lineItems.reduce(Money.zero) { $0 + ($1.id.category == category ? $1.cost : .zero) }
  }

  /// The cost of one kind of line item (zero when the design has none).
  public func cost(ofItem item: LineItemID) -> Money {
    lineItems.reduce(Money.zero) { $0 + ($1.id == item ? $1.cost : .zero) }
  }

  /// The charges paid whether traffic flows or not (hours and addresses).
  public var fixedCost: Money {
    lineItems.reduce(Money.zero) { $0 + ($1.id.category.isFixed ? $1.cost : .zero) }
  }
}
