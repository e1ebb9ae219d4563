/// An exact amount of money in the price table's currency, in units of 10^-22.
///
/// `Quantity` (10^-12) times `Price` (10^-10) is `Money` (10^-22) with no rounding, so a line
/// item's cost is exactly its quantity times its unit price. The only inexact operation is
/// `divided(by:)`, which rounds half away from zero at the 22nd decimal. With the workload
/// bounds that `WorkloadLimits` enforces, no sum or product can overflow.
package struct Money: Hashable, Comparable, Sendable {
  /// How many decimal places the units carry.
  package static let scale = 22
  /// Zero dollars.
  package static let zero = Money(units: 0)

  /// The amount in units of 10^-22.
  package let units: Int128

  /// Creates money from units of 10^-22.
  package init(units: Int128) { self.units = units }

  /// Parses exact decimal text such as `"14.64"`; nil when it is not a decimal number.
  package init?(_ text: String) {
    guard case .success(let units) = DecimalText.parse(text, scale: Self.scale) else {
      return nil
    }
    self.units = units
  }

  /// The exact amount as the shortest decimal text (`"14.638147"`), as JSON carries it.
  package var decimalString: String { DecimalText.format(units, scale: Self.scale) }

  /// The amount rounded half-up to cents with two decimals (`"14.64"`), for human formats.
  package var centsString: String { DecimalText.format(units, scale: Self.scale, places: 2) }

  /// This amount times a whole count.
  package func multiplied(by count: Int) -> Money { Money(units: units * Int128(count)) }

  /// This amount divided by a whole count, rounded half away from zero at the 22nd decimal.
  package func divided(by count: Int) -> Money {
    Money(units: DecimalText.divideRounded(units, by: Int128(count)))
  }

  /// The sum of two amounts.
  package static func + (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units + rhs.units) }

  /// The difference of two amounts.
  package static func - (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units - rhs.units) }

  /// Orders amounts by value.
  package static func < (lhs: Money, rhs: Money) -> Bool { lhs.units < rhs.units }
}
