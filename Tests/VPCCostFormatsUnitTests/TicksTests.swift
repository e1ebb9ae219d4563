import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Axis ticks: 1-2-5 steps and decades, exact in fixed point.
@Suite struct TicksTests {
  private func dollars(_ text: String) -> Int128 { TestSupport.money(text).units }

  @Test(arguments: [
    ("73.17", "10", "80"),  // 8 steps of $10
    ("117.80", "20", "120"),
    ("6000", "1000", "6000"),
    ("0.17", "0.05", "0.2"),  // 4 steps of 5 cents
    ("1", "0.2", "1"),
    ("350036.50", "50000", "400000"),
  ])
  func linearSteps(maximum: String, step: String, top: String) {
    let ticks = Ticks.linear(upTo: dollars(maximum), scale: Money.scale)
    #expect(ticks.first == 0)
    #expect(ticks[1] == dollars(step))
    #expect(ticks.last == dollars(top))
    #expect(ticks.count <= 9)
  }

  @Test func zeroMaximumStillHasAnAxis() {
    #expect(Ticks.linear(upTo: 0, scale: 2) == [0, 100])
  }

  @Test func logarithmicTicksAre125PerDecade() {
    #expect(Ticks.logarithmic(from: 1, to: 1000) == [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])
    #expect(Ticks.logarithmic(from: 3, to: 60) == [5, 10, 20, 50])
    #expect(Ticks.logarithmic(from: 0, to: 60) == [])
    #expect([1, 2, 5, 50, 100].map { Ticks.next125(after: Int128($0)) } == [2, 5, 10, 100, 200])
  }

  @Test(arguments: [
    ("1", "1"), ("0.5", "0.5"), ("999", "999"), ("1000", "1k"), ("1500", "1.5k"), ("20000", "20k"),
    ("100000", "100k"), ("2500000", "2.5M"), ("1000000000", "1G"),
  ])
  func compactLabels(value: String, label: String) {
    #expect(Ticks.compactLabel(TestSupport.quantity(value)) == label)
  }

  @Test func moneyLabels() {
    #expect(
      Ticks.moneyLabel(TestSupport.money("10000"), step: TestSupport.money("1000")) == "$10,000")
    #expect(Ticks.moneyLabel(TestSupport.money("0.15"), step: TestSupport.money("0.05")) == "$0.15")
  }
}
