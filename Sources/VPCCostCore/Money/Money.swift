/// An exact amount of money in the price table's currency, in units of 10^-22.
///
/// `Quantity` (10^-12) times `Price` (10^-10) is `Money` (10^-22) with no rounding, so a line
/// item's cost is exactly its quantity times its unit price. The only inexact operation is
/// `divided(by:)`, which rounds half away from zero at the 22nd decimal. With the workload
/// bounds that `WorkloadLimits` enforces, no sum or product can overflow.
public struct Money: Hashable, Comparable, Sendable {
  /// How many decimal places the units carry.
  public static let scale = 22
  /// Zero dollars.
  public static let zero = Money(units: 0)

  /// The amount in units of 10^-22.
  public let units: Int128

  /// Creates money from units of 10^-22.
  public init(units: Int128) { self.units = units }

  /// Parses exact decimal text such as `"14.64"`; nil when it is not a decimal number.
  public init?(_ text: String) {
    guard case .success(let units) = DecimalText.parse(text, scale: Self.scale) else {
      return nil
    }
    self.units = units
  }

  /// The exact amount as the shortest decimal text (`"14.638147"`), as JSON carries it.
  public var decimalString: String { DecimalText.format(units, scale: Self.scale) }

  /// The amount rounded half-up to cents with two decimals (`"14.64"`), for human formats.
  public var centsString: String { DecimalText.format(units, scale: Self.scale, places: 2) }

  /// This amount times a whole count.
  public func multiplied(by count: Int) -> Money { Money(units: units * Int128(count)) }

  /// This amount divided by a whole count, rounded half away from zero at the 22nd decimal.
  public func divided(by count: Int) -> Money {
    Money(units: DecimalText.divideRounded(units, by: Int128(count)))
  }

  /// The sum of two amounts.
  public static func + (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units + rhs.units) }

  /// The difference of two amounts.
  public static func - (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units - rhs.units) }

  /// Orders amounts by value.
  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.units < rhs.units }
}
