import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Per-invocation sizes with SI and IEC units.
@Suite struct DataSizeTests {
  @Test(arguments: [
    ("512", Int128(512)), ("1KiB", 1_024), ("1KB", 1_000), ("1.5 KiB", 1_536), ("6MiB", 6_291_456),
    ("6MB", 6_000_000), ("1GiB", 1_073_741_824), ("2GB", 2_000_000_000), ("0", 0), ("10B", 10),
    ("4kib", 4_096), ("1_000B", 1_000),
  ])
  func parses(text: String, bytes: Int128) {
    #expect(DataSize.bytes(text) == .success(bytes))
  }

  @Test(arguments: [
    ("1.3B", "is not a whole number of bytes"), ("1 XB", "has an unknown unit"),
    ("-1KiB", "is negative"), ("2TiB", "has an unknown unit"), ("2000GiB", "is more than 1 TiB"),
    ("KiB", "is not a size"), ("", "is not a size"), ("1Mb", "has an unknown unit"),
  ])
  func rejects(text: String, message: String) {
    guard case .failure(let problem) = DataSize.bytes(text) else {
      Issue.record("accepted \(text)")
      return
    }
    #expect(problem.message.contains(message))
  }

  /// The switch that reads units agrees with the table of units, in both spellings, and
  /// takes nothing else: other casings, longer names, a unit with a space or a byte more.
  @Test func unitFactorsMatchTheTable() {
    for unit in DataSize.units {
      #expect(DataSize.unitFactor(ArraySlice(unit.name.utf8)) == unit.bytes, "\(unit.name)")
      #expect(DataSize.unitFactor(ArraySlice(unit.lowercased.utf8)) == unit.bytes)
    }
    #expect(
      DataSize.units.map(\.bytes) == [
        1, 1_000, 1_024, 1_000_000, 1_048_576, 1_000_000_000, 1_073_741_824,
      ])
    for other in [
      "Kb", "kB", "KIB", "Kib", "mB", "TB", "TiB", "KiBB", "K B", "iB", "bB", "", "\u{0}KB",
    ] {
      #expect(DataSize.unitFactor(ArraySlice(other.utf8)) == nil, "\(other)")
    }
  }

  @Test(arguments: [(Int128(4_096), "4 KiB"), (1_500, "1500 B"), (6_000_000, "6 MB"), (0, "0 B")])
  func describes(bytes: Int128, text: String) {
    #expect(DataSize.describe(bytes) == text)
  }
}
