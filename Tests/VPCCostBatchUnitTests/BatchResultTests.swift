import Testing
import VPCCostTestSupport

@testable import VPCCostBatch
@testable import VPCCostCore
@testable import VPCCostFormats

/// A batch result lends its runner's design totals until the runner prices the next row.
@Suite struct BatchResultTests {
  /// The first row's result is current until the second row is priced, and not after: the
  /// writer asserts `isCurrent` before it reads a result's totals.
  @Test func aResultIsCurrentUntilTheNextRow() throws {
    var runner = BatchRunner(catalog: .embedded)
    var input = WorkloadInput()
    input[.gb] = "10"
    let first = try runner.evaluate(
      BatchRow(number: 1, line: 2, name: Array("a".utf8)[...]), input: input, file: "t.csv")
    #expect(first.isCurrent)
    // One VPC without internet traffic: the five NAT and PrivateLink designs, in order.
    #expect(
      first.designs.map(\.design) == [
        .natSingleAZ, .natPerAZ, .natRegional, .privateLinkSingleAZ, .privateLinkPerAZ,
      ])
    input[.gb] = "20"
    let second = try runner.evaluate(
      BatchRow(number: 2, line: 3, name: Array("b".utf8)[...]), input: input, file: "t.csv")
    #expect(!first.isCurrent)
    #expect(second.isCurrent)
  }
}
