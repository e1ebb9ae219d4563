import Testing
import VPCCostTestSupport

@testable import VPCCostBatch
@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats

/// The writer's cache of services cells: every list gets its own cell back, whether its names
/// are the array the cache saw or an equal copy, through more lists than it keeps.
@Suite struct ServicesCellCacheTests {
  /// The cell the cache hands back for a list, as text; `writes` counts the cells written.
  static func cell(
    _ cache: ServicesCellCache, _ services: ServiceSelection, writes: inout Int
  ) -> String {
    var written = 0
    let cell = cache.cell(for: services) { services in
      written += 1
      return Array(
        (services.names.isEmpty ? "\(services.count)" : services.names.joined(separator: ";")).utf8)
    }
    writes += written
    return String(decoding: cell, as: UTF8.self)
  }

  @Test func listsFindTheirOwnCells() {
    let cache = ServicesCellCache()
    var writes = 0
    let lambda = ServiceSelection(names: ["lambda"])
    let lambdaSTS = ServiceSelection(names: ["lambda", "sts"])
    #expect(Self.cell(cache, lambda, writes: &writes) == "lambda")
    #expect(Self.cell(cache, lambdaSTS, writes: &writes) == "lambda;sts")
    #expect(Self.cell(cache, lambda, writes: &writes) == "lambda")
    // An equal list in another array is found by comparing names: no new cell.
    #expect(
      Self.cell(cache, ServiceSelection(names: ["lambda", "sts"]), writes: &writes) == "lambda;sts")
    // Counts: the same count is one cell, another count another.
    #expect(Self.cell(cache, ServiceSelection(count: 3), writes: &writes) == "3")
    #expect(Self.cell(cache, ServiceSelection(count: 4), writes: &writes) == "4")
    #expect(Self.cell(cache, ServiceSelection(count: 3), writes: &writes) == "3")
    #expect(writes == 4)
  }

  /// 40 lists, three rounds: 16 are kept, the oldest slot goes first, and every cell handed
  /// back is its own list's.
  @Test func fullCacheReusesItsOldestSlot() {
    let cache = ServicesCellCache()
    var writes = 0
    let lists = (1...40).map {
      ServiceSelection(names: (0..<($0 % 5 + 1)).map { "s\($0)x\($0 * 7)" } + ["n\($0)"])
    }
    for _ in 0..<3 {
      for list in lists {
        #expect(Self.cell(cache, list, writes: &writes) == list.names.joined(separator: ";"))
      }
    }
    #expect(writes == 120)  // 40 lists through 16 slots: each is gone before it comes back
    // The last 16 are kept: asking again writes nothing.
    for list in lists.suffix(16) {
      #expect(Self.cell(cache, list, writes: &writes) == list.names.joined(separator: ";"))
    }
    #expect(writes == 120)
  }
}
