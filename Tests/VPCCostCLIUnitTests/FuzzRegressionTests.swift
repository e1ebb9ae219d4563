import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Inputs that scripts/fuzz.sh found crashing or breaking the contract, kept as tests.
@Suite struct FuzzRegressionTests {
  /// numbers: an exponent of 31 digits overflowed `Int` while it was read (a trap).
  @Test func longExponentIsMalformedNotACrash() {
    #expect(
      DecimalText.parse("0e6777777777777777777777777777777", scale: 12, allowExponent: true)
        == .failure(.malformed))
    #expect(
      DecimalText.parse("1e9999999999999999999999", scale: 0, allowExponent: true)
        == .failure(.malformed))
    let result = TestSupport.run(["compare", "--invokes", "0e6777777777777777777777777777777"])
    #expect(result.code == .usage)
    #expect(result.stderr.contains("is not a number"))
  }

  /// arguments: a flag with a line break in it made a two-line error.
  @Test func errorsStayOnOneLine() {
    for arguments in [
      ["compare", "--regi\non"], ["compare", "--azs", "2\n3"], ["comp\rare"],
      ["compare", "--services", "a\tb\u{1B}[31m"],
    ] {
      let result = TestSupport.run(arguments)
      #expect(result.code == .usage)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
      #expect(result.stderr.hasSuffix("\n"))
    }
    #expect(
      TestSupport.run(["compare", "--regi\non"]).stderr.hasPrefix(
        "vpccost: error: unknown flag --regi\\non for 'compare'"))
  }
}
