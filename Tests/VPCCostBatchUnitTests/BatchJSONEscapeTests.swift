import Testing
import VPCCostTestSupport

@testable import VPCCostBatch
@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats

/// Batch files read JSON escapes with the one JSON reader (JSONReaderTests holds the others).
@Suite struct BatchJSONEscapeTests {
  @Test func batchFilesReadTheSameEscapes() throws {
    let source = ByteSource(
      bytes: Array("[{\"name\": \(JSONReaderEscapes.escaped)}]".utf8), name: "t.json")
    var reader = try BatchRecordReader(source: source)
    var input = WorkloadInput()
    let name = try #require(try reader.next(into: &input)?.name)
    #expect(ByteText.string(name) == JSONReaderEscapes.decoded)
    #expect(try reader.next(into: &input) == nil)
  }
}
