import Testing
import VPCCostTestSupport

@testable import VPCCostCore

/// The region a batch row names, found in its bytes without building the row's view, trimmed
/// exactly as every other field is trimmed.
@Suite struct RegionRangeTests {
  @Test(arguments: [
    (" us-east-1 ", "us-east-1"), ("\teu-west-1\r\n", "eu-west-1"), ("ap-south-2", "ap-south-2"),
    ("   ", ""), ("", ""), ("a b", "a b"),
  ])
  func regionIsTrimmedAsFieldsAre(text: String, region: String) {
    var input = WorkloadInput()
    input[.gb] = "1"  // another field first, so the region does not start the buffer
    input[.region] = text
    let found = input.withSpans { bytes, starts, ends -> String? in
      guard let range = WorkloadParser.regionRange(bytes: bytes, starts: starts, ends: ends)
      else { return nil }
      var text: [UInt8] = []
      for index in range { text.append(bytes[index]) }
      return String(decoding: text, as: UTF8.self)
    }
    #expect(found == region)
    #expect(
      String(decoding: ByteText.trimmed(Array(text.utf8)[...]), as: UTF8.self) == region)
  }

  /// No region field: nil, and compare's region is the default.
  @Test func noRegionIsTheDefault() {
    var input = WorkloadInput()
    input[.gb] = "1"
    let found = input.withSpans { bytes, starts, ends in
      WorkloadParser.regionRange(bytes: bytes, starts: starts, ends: ends)
    }
    #expect(found == nil)
    #expect(WorkloadParser.region(of: input) == "us-east-1")
    input[.region] = " eu-west-1 "
    #expect(WorkloadParser.region(of: input) == "eu-west-1")
  }
}
