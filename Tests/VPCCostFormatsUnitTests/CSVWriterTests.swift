import Testing
import VPCCostTestSupport

@testable import VPCCostCore
@testable import VPCCostFormats

/// The CSV writer's own number formatting (two digits per division, cents by a shift and one
/// division) against values worked out by hand and against the one decimal formatter.
@Suite struct CSVWriterTests {
  static func cell(_ write: (inout CSVWriter) -> Void) -> String {
    var writer = CSVWriter(capacity: 16)
    write(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    (Int128(0), "0"), (9, "9"), (10, "10"), (99, "99"), (100, "100"), (101, "101"),
    (1_000, "1000"), (-7, "-7"), (18_446_744_073_709_551_615, "18446744073709551615"),
    (18_446_744_073_709_551_616, "18446744073709551616"),
  ])
  func integers(value: Int128, text: String) {
    #expect(Self.cell { $0.integer(value) } == text)
  }

  /// Cents round half away from zero at the third decimal, as the table and Markdown do.
  @Test(arguments: [
    ("0", "0.00"), ("0.004999", "0.00"), ("0.005", "0.01"), ("0.015", "0.02"),
    ("1005.7", "1005.70"), ("-0.005", "-0.01"), ("-0.004", "0.00"), ("99.995", "100.00"),
    ("28458.304", "28458.30"), ("16194.3045", "16194.30"), ("16194.305", "16194.31"),
    ("0.0000000000000000000001", "0.00"), ("1234567890123456.78", "1234567890123456.78"),
    // Either side of 2^84 units ($193,428.13113834066795298816), where cents stop fitting the
    // 64-bit division: just below, exactly at it, and halves rounded up on both sides.
    ("193428.13113834066795298815", "193428.13"), ("193428.13113834066795298816", "193428.13"),
    ("193428.125", "193428.13"), ("193428.135", "193428.14"),
  ])
  func cents(amount: String, text: String) {
    #expect(Self.cell { $0.cents(TestSupport.money(amount)) } == text)
  }

  @Test(arguments: [
    ("0", "0"), ("3.814697265625", "3.814697265625"), ("0.000000000001", "0.000000000001"),
    ("1000000000000", "1000000000000"), ("2.5", "2.5"), ("267.5", "267.5"),
    // Either side of 2^64 units (18,446,744.073709551616), where the 64-bit division stops.
    ("18446744.073709551615", "18446744.073709551615"),
    ("18446744.073709551616", "18446744.073709551616"),
    ("18446744.073709551617", "18446744.073709551617"), ("18446745", "18446745"),
  ])
  func quantities(amount: String, text: String) {
    #expect(Self.cell { $0.quantity(TestSupport.quantity(amount)) } == text)
  }

  /// Seeded random amounts across every magnitude format as `Money.centsString` does.
  @Test func centsAgreeWithTheDecimalFormatter() {
    var generator = SeededGenerator(seed: 20)
    for _ in 0..<5_000 {
      let digits = Int.random(in: 1...37, using: &generator)
      var units: Int128 = 0
      for _ in 0..<digits { units = units * 10 + Int128(Int.random(in: 0...9, using: &generator)) }
      if Bool.random(using: &generator) { units = -units }
      let money = Money(units: units)
      #expect(Self.cell { $0.cents(money) } == money.centsString, "\(units)")
    }
  }

  /// A copied writer keeps its own bytes.
  @Test func copiesDoNotShareBytes() {
    var first = CSVWriter(capacity: 16)
    first.text("a")
    var second = first
    second.text("b")
    first.text("c")
    #expect(String(decoding: first.bytes, as: UTF8.self) == "a,c")
    #expect(String(decoding: second.bytes, as: UTF8.self) == "a,b")
  }
}
