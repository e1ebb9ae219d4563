/// One charge of a design: what it is, how much of it, at what unit price, and its monthly cost.
public struct LineItem: Hashable, Sendable {
  /// The charge's id (`nat-hours`, `endpoint-data`, ...).
  public let id: LineItemID
  /// What the charge is, in words.
  public let description: String
  /// How much is charged in the month, in `unit`.
  public let quantity: Quantity
  /// The unit of `quantity` (`hours`, `GB`, ...).
  public let unit: String
  /// The price per unit; nil for a tiered charge that spans more than one tier.
  public let unitPrice: Price?
  /// The month's cost: `quantity` x `unitPrice`, or the sum of `tiers`.
  public let cost: Money
  /// For a tiered charge, the part in each tier; empty otherwise.
  public let tiers: [TierCharge]

  /// Creates a flat charge: quantity times unit price.
  public init(
    id: LineItemID, description: String, quantity: Quantity, unit: String, unitPrice: Price
  ) {
    self.id = id
    self.description = description
    self.quantity = quantity
    self.unit = unit
    self.unitPrice = unitPrice
    self.cost = quantity * unitPrice
    self.tiers = []
  }

  /// Creates a flat charge whose cost was divided exactly in money rather than in quantity.
  ///
  /// Cross-AZ traffic is D x (N-1)/N: dividing the money (22 places) instead of the GB (12)
  /// keeps the cost exact to 22 places; `quantity` is then shown rounded to 12 places.
  public init(
    id: LineItemID, description: String, quantity: Quantity, unit: String, unitPrice: Price,
    cost: Money
  ) {
    self.id = id
    self.description = description
    self.quantity = quantity
    self.unit = unit
    self.unitPrice = unitPrice
    self.cost = cost
    self.tiers = []
  }

  /// Creates a tiered charge from its tier parts; the unit price is known when one tier is used.
  public init(
    id: LineItemID, description: String, quantity: Quantity, unit: String = "GB",
    tiers: [TierCharge]
  ) {
    self.id = id
    self.description = description
    self.quantity = quantity
    self.unit = unit
    // The unit price is known when at most one tier is used (counted without a new array).
    var usedTier: TierCharge?
    var usedTiers = 0
    for tier in tiers where tier.quantity > .zero {
      usedTiers += 1
      usedTier = tier
    }
    self.unitPrice = usedTiers <= 1 ? (usedTier ?? tiers.first)?.perGB : nil
    self.cost = tiers.reduce(Money.zero) { $0 + $1.cost }
    self.tiers = tiers
  }
}
