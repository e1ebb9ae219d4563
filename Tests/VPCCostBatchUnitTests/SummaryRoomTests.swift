import Testing
import VPCCostTestSupport

@testable import VPCCostBatch
@testable import VPCCostCore
@testable import VPCCostFormats

/// The room a batch summary row reserves against the largest row it can write.
@Suite struct SummaryRoomTests {
  /// A summary row's own bytes: ten separators (eight commas and CRLF), the recommended
  /// design's identity cell, the alternative's id cell and three cents cells.
  @Test func summaryRowsFitTheirRoom() {
    let longestIdentity = DesignCSV.identityCells.map(\.count).max() ?? 0
    let longestID = DesignCSV.idCells.map(\.count).max() ?? 0
    #expect(longestID == "privatelink-single-az".utf8.count)
    let needed = 10 + longestIdentity + longestID + 3 * CSVWriter.centsRoom
    #expect(needed <= BatchWriter.summaryRowRoom, "a summary row needs \(needed) bytes")
  }
}
