/// An exact unit price (dollars per hour, per GB, ...) in units of 10^-10.
///
/// Prices come only from decimal strings in price tables; AWS's Price List writes at most ten
/// decimals, so every published price is held exactly.
public struct Price: Hashable, Comparable, Sendable {
  /// How many decimal places the units carry.
  public static let scale = 10
  /// The largest price a table may hold ($100 per unit), which keeps every product in range.
  public static let maximum = Price(units: 100 * 10_000_000_000)
  /// A zero price.
  public static let zero = Price(units: 0)

  /// The price in units of 10^-10.
  public let units: Int128

  /// Creates a price from units of 10^-10.
  public init(units: Int128) { self.units = units }

  /// Parses exact decimal text such as `"0.045"`.
  public static func parse(_ text: String) -> Result<Price, DecimalTextError> {
    DecimalText.parse(text, scale: scale, limit: maximum.units).map(Price.init(units:))
  }

  /// The exact price as the shortest decimal text (`"0.045"`).
  public var decimalString: String { DecimalText.format(units, scale: Self.scale) }

  /// This price times a whole count (two directions, several endpoints, ...).
  public func multiplied(by count: Int) -> Price { Price(units: units * Int128(count)) }

  /// The sum of two prices.
  public static func + (lhs: Price, rhs: Price) -> Price { Price(units: lhs.units + rhs.units) }

  /// The difference of two prices.
  public static func - (lhs: Price, rhs: Price) -> Price { Price(units: lhs.units - rhs.units) }

  /// The cost of a quantity at this price, exactly.
  public static func * (quantity: Quantity, price: Price) -> Money {
    Money(units: quantity.units * price.units)
  }

  /// Orders prices by value.
  public static func < (lhs: Price, rhs: Price) -> Bool { lhs.units < rhs.units }
}
