/// One design priced for a workload: its line items and its monthly total.
package struct DesignCost: Hashable, Sendable {
  /// Which design.
  package let design: DesignID
  /// Its charges, in a fixed order.
  package let lineItems: [LineItem]
  /// The sum of the line items, exact.
  package let monthlyCost: Money
  /// Why the design cannot carry this workload, when it cannot.
  package let infeasibleReason: String?

  /// Creates a priced design; the total is the exact sum of the line items.
  package init(design: DesignID, lineItems: [LineItem], infeasibleReason: String? = nil) {
    self.design = design
    self.lineItems = lineItems
    self.monthlyCost = lineItems.reduce(Money.zero) { $0 + $1.cost }
    self.infeasibleReason = infeasibleReason
  }

  /// Whether the design can carry the workload.
  package var isFeasible: Bool { infeasibleReason == nil }

  /// The total of the line items in one category.
  package func cost(of category: ChargeCategory) -> Money {
    lineItems.reduce(Money.zero) { $0 + ($1.id.category == category ? $1.cost : .zero) }
  }

  /// The charges paid whether traffic flows or not (hours and addresses).
  package var fixedCost: Money {
    lineItems.reduce(Money.zero) { $0 + ($1.id.category.isFixed ? $1.cost : .zero) }
  }
}
