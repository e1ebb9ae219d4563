/// An exact non-monetary quantity (GB, hours, endpoint-AZ-hours, invocations) in units of 10^-12.
public struct Quantity: Hashable, Comparable, Sendable {
  /// How many decimal places the units carry.
  public static let scale = 12
  /// Nothing.
  public static let zero = Quantity(units: 0)
  /// Bytes in one billing GB (2^30).
  public static let bytesPerGB: Int128 = 1 << 30

  /// The quantity in units of 10^-12.
  public let units: Int128

  /// Creates a quantity from units of 10^-12.
  public init(units: Int128) { self.units = units }

  /// Creates a quantity from a whole number.
  public init(whole: Int128) { self.units = whole * Self.unitsPerWhole }

  /// 10^scale, the units of one: a constant, so that making a quantity of a whole number
  /// (batch does it for every hour count) reads no table (`MoneyTests.wholeQuantitiesAreScaled` holds it to the scale).
  static let unitsPerWhole: Int128 = 1_000_000_000_000

  /// Parses exact decimal text such as `"3.5"` or `"1e6"`.
  public static func parse(_ text: some StringProtocol, limit: Quantity) -> Result<
    Quantity, DecimalTextError
  > {
    DecimalText.parse(text, scale: scale, allowExponent: true, limit: limit.units)
      .map(Quantity.init(units:))
  }

  /// Parses exact decimal UTF-8 bytes such as `3.5` or `1e6`.
  package static func parse(bytes: some Collection<UInt8>, limit: Quantity) -> Result<
    Quantity, DecimalTextError
  > {
    DecimalText.parse(bytes: bytes, scale: scale, allowExponent: true, limit: limit.units)
      .map(Quantity.init(units:))
  }

  /// The billing GB (2^30 bytes) in a byte count, rounded half-up at the 12th decimal.
  public static func gigabytes(fromBytes bytes: Int128) -> Quantity {
    Quantity(
      units: DecimalText.divideRounded(bytes * unitsPerWhole, by: bytesPerGB))
  }

  /// The whole part of the quantity (rounded towards zero).
  public var wholePart: Int128 { units / Self.unitsPerWhole }

  /// The exact quantity as the shortest decimal text (`"3.814697265625"`).
  public var decimalString: String { DecimalText.format(units, scale: Self.scale) }

  /// The quantity with a fixed number of decimals, rounded half-up (for human formats).
  public func formatted(places: Int) -> String {
    DecimalText.format(units, scale: Self.scale, places: places)
  }

  /// This quantity times a whole count.
  public func multiplied(by count: Int) -> Quantity { Quantity(units: units * Int128(count)) }

  /// This quantity times a whole count divided by another, rounded at the 12th decimal.
  public func scaled(by numerator: Int, over denominator: Int) -> Quantity {
    Quantity(
      units: DecimalText.divideRounded(units * Int128(numerator), by: Int128(denominator)))
  }

  /// The sum of two quantities.
  public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
    Quantity(units: lhs.units + rhs.units)
  }

  /// The difference of two quantities.
  public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
    Quantity(units: lhs.units - rhs.units)
  }

  /// Orders quantities by value.
  public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.units < rhs.units }
}
