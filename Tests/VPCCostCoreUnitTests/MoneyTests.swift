import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Exact decimal text in and out of the fixed-point types.
@Suite struct MoneyTests {
  @Test(arguments: [
    ("0.045", 10, Int128(450_000_000)),
    ("12", 2, 1_200),
    ("1_000_000", 0, 1_000_000),
    ("1e6", 0, 1_000_000),
    ("2.5E-3", 4, 25),
    ("-3.5", 1, -35),
    (".5", 1, 5),
    ("0.0450000000", 3, 45),  // trailing zeros beyond the scale are exact
  ])
  func parsesExactly(text: String, scale: Int, units: Int128) {
    #expect(DecimalText.parse(text, scale: scale, allowExponent: true) == .success(units))
  }

  @Test(arguments: [
    ("", DecimalTextError.malformed), ("abc", .malformed), ("NaN", .malformed),
    ("inf", .malformed), ("1.2.3", .malformed), ("1e", .malformed), ("--1", .malformed),
    ("1__0", .malformed), ("_1", .malformed), ("1_", .malformed), ("0x10", .malformed),
    ("+1", .malformed), ("1e9999", .malformed), (" 1", .malformed),
    ("0.0001", .tooPrecise), ("1e40", .outOfRange),
  ])
  func rejects(text: String, error: DecimalTextError) {
    #expect(DecimalText.parse(text, scale: 3, allowExponent: true) == .failure(error))
  }

  /// Division rounds half away from zero on every path: hand-worked halves and near-halves
  /// through the 64-bit path and the shift (a power-of-two divisor beyond 64 bits), then
  /// 20,000 seeded pairs of every size and sign, each equal to the 128-bit division's answer.
  @Test func divisionFastPathsRoundAsTheWideDivision() {
    let cases: [(Int128, Int128, Int128)] = [
      (7, 2, 4), (-7, 2, -4), (7, -2, -4), (5, 4, 1), (6, 4, 2), (-6, 4, -2), (1, 3, 0),
      (2, 3, 1), (-2, 3, -1), (0, 5, 0), (Int128.min, 1, Int128.min),
      ((1 << 90) + (1 << 29), 1 << 30, (1 << 60) + 1),  // exactly half: away from zero
      ((1 << 90) + (1 << 29) - 1, 1 << 30, 1 << 60),  // just under half
      (-((1 << 90) + (1 << 29)), 1 << 30, -((1 << 60) + 1)),
      (Int128.max, Int128(1) << 126, 2), (Int128.min, Int128.min, 1),
    ]
    for (numerator, denominator, expected) in cases {
      #expect(
        DecimalText.divideRounded(numerator, by: denominator) == expected,
        "\(numerator) / \(denominator)")
    }
    var random = SeededGenerator(seed: 16)
    for _ in 0..<20_000 {
      let numerator =
        Int128(truncatingIfNeeded: UInt128(random.next()) << 64 | UInt128(random.next()))
        >> Int.random(in: 1...127, using: &random)
      var denominator: Int128
      switch Int.random(in: 0..<3, using: &random) {
      case 0: denominator = Int128(1) << Int.random(in: 0...125, using: &random)
      case 1: denominator = Int128(Int.random(in: 1...1_000, using: &random))
      default:
        denominator =
          Int128(truncatingIfNeeded: random.next()) >> Int.random(in: 0...62, using: &random)
      }
      if denominator == 0 { denominator = 3 }
      if Bool.random(using: &random) { denominator = -denominator }
      #expect(
        DecimalText.divideRounded(numerator, by: denominator)
          == DecimalText.divideRoundedWide(numerator, by: denominator),
        "\(numerator) / \(denominator)")
    }
  }

  /// A whole quantity is its number of ones at the scale: 3 is 3 x 10^12 units, the same as
  /// parsing "3".
  @Test func wholeQuantitiesAreScaled() {
    #expect(Quantity.unitsPerWhole == DecimalText.tenToThe(Quantity.scale))
    #expect(Quantity(whole: 3).units == 3_000_000_000_000)
    #expect(
      Quantity(whole: 730) == (try? Quantity.parse("730", limit: Quantity(whole: 1_000)).get()))
  }

  @Test func exponentOnlyWhenAllowed() {
    #expect(DecimalText.parse("1e3", scale: 0) == .failure(.malformed))
  }

  @Test(arguments: [
    (Int128(146_381_469_726_562_500), 16, "14.63814697265625"),
    (0, 22, "0"),
    (-25, 1, "-2.5"),
    (1_000, 3, "1"),
    (5, 3, "0.005"),
  ])
  func formatsShortest(units: Int128, scale: Int, text: String) {
    #expect(DecimalText.format(units, scale: scale) == text)
  }

  /// Half-up (away from zero) to cents, as the human formats round.
  @Test(arguments: [
    ("14.63814697265625", "14.64"), ("0.005", "0.01"), ("0.0049999", "0.00"),
    ("2.675", "2.68"), ("-0.005", "-0.01"), ("73.171661376953125", "73.17"), ("0", "0.00"),
    ("1234567.891", "1234567.89"),
  ])
  func roundsHalfUpToCents(text: String, cents: String) {
    #expect(TestSupport.money(text).centsString == cents)
  }

  @Test func dollarsGroupThousands() {
    #expect(TestSupport.money("1234567.891").dollars == "$1,234,567.89")
    #expect(TestSupport.money("-0.5").dollars == "-$0.50")
    #expect(TestSupport.money("999.999").dollars == "$1,000.00")
  }

  /// Quantity (10^-12) x Price (10^-10) lands on Money (10^-22) with nothing rounded.
  @Test func productIsExact() throws {
    let gigabytes = TestSupport.quantity("3.814697265625")
    let price = try Price.parse("0.045").get()
    #expect(gigabytes * price == TestSupport.money("0.171661376953125"))
  }

  @Test func divisionRoundsHalfAwayFromZeroAtTheLastPlace() {
    #expect(Money(units: 5).divided(by: 2) == Money(units: 3))
    #expect(Money(units: -5).divided(by: 2) == Money(units: -3))
    #expect(Money(units: 4).divided(by: 3) == Money(units: 1))
    #expect(
      TestSupport.money("40").divided(by: 3) == TestSupport.money("13.3333333333333333333333"))
  }

  /// 1 GB is 2^30 bytes; other byte counts carry 12 decimals, rounded half-up.
  @Test(arguments: [
    (Int128(1 << 30), "1"), (4_096_000_000, "3.814697265625"), (1, "0.000000000931"),
    (1_000, "0.000000931323"),
  ])
  func gigabytesFromBytes(bytes: Int128, gigabytes: String) {
    #expect(Quantity.gigabytes(fromBytes: bytes) == TestSupport.quantity(gigabytes))
  }

  @Test func pricesAboveTheCapAreRejected() {
    #expect(Price.parse("100") == .success(Price(units: 1_000_000_000_000)))
    #expect(Price.parse("100.01") == .failure(.outOfRange))
    #expect(Price.parse("0.00000000001") == .failure(.tooPrecise))
  }
}
