import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// A CSV offer cut short: refused, or (cut exactly between two rows, where a CSV cannot tell a
/// short file from a complete one) every table it writes is whole: each tier list and each
/// price group is the full import's or the table's old one, never half of one.
///
/// Every row boundary of the three files is tried, and 40 seeded cuts inside rows of each (the
/// earlier version tried all 13,594 bytes in 28 s; a cut inside a row takes the same path
/// whatever its byte, and the boundaries are where the answer changes).
@Suite struct TruncatedOfferTests {
  static let files = ["ec2.csv", "vpc.csv", "datatransfer.csv"]

  /// The tables a run leaves in a fresh copy of the shipped tables, by file name.
  static func importTables(_ paths: [String]) throws -> (ExitCode, [String: [String: Any]]) {
    let folder = try OfferFixtures.tableFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = TestSupport.run(["prices", "import"] + paths + ["--output-dir", folder.path])
    var tables: [String: [String: Any]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      tables[name] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    }
    return (result.code, tables)
  }

  /// The parts of a table that an offer gives as a whole.
  static func parts(_ table: [String: Any]) -> [String: String] {
    func text(_ value: Any?) -> String {
      guard let value else { return "absent" }
      let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
      return data.map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }
    return [
      "nat": text(table["natGateway"]),
      "endpoint": text([table["interfaceEndpoint"], table["publicIPv4"]]),
      "crossAZ": text(table["crossAZ"]), "internet": text(table["internetOut"]),
    ]
  }

  /// The lines after which a cut is accepted, by file.
  ///
  /// A cut is accepted exactly when it falls at a row boundary after at least one price row,
  /// and every price group the rows so far have started is complete (worked out from the
  /// fixtures' rows):
  /// - ec2.csv: us-east-1 NAT hours (7, 8: a reserved decoy) and bytes (9); us-east-2 hours (10)
  ///   and bytes (11); two us-east-2 rows no table uses (12, 13); eu-west-1 hours (14) and
  ///   bytes (15); three EC2 instance rows, decoys (16 to 18). Refused: 7, 8, 10, 14 (hours
  ///   without bytes) and the header alone.
  /// - vpc.csv: the us-east-1 endpoint group is hours, three tiers, and the public IPv4 in-use
  ///   hour (7 to 14; 11 to 13 are GWLB and resource endpoints, decoys inside it), then an idle
  ///   address (15); us-east-2's endpoint group (16 to 20); Transit Gateway: peering and
  ///   Connect hours are decoys (21, 22), the VPC attachment's hours (23) need its bytes (27),
  ///   with VPN and Direct Connect rows between (24 to 26); peering and multicast bytes (28,
  ///   29); us-east-2's attachment hours (30) and bytes (31).
  /// - datatransfer.csv: us-east-1 cross-AZ (7); internet out, four tiers (8 to 11); data in,
  ///   a decoy (12); us-east-2 cross-AZ (13).
  static let acceptedAfterLine: [String: Set<Int>] = [
    "ec2.csv": [9, 11, 12, 13, 15, 16, 17, 18],
    "vpc.csv": [14, 15, 20, 21, 22, 27, 28, 29, 31],
    "datatransfer.csv": [7, 11, 12, 13],
  ]

  /// The cuts tried: every row boundary (the empty file, and the end of each line), and 40
  /// cuts inside rows drawn by a seeded generator (each must be refused: a row cut short is
  /// never taken for a whole one).
  static func cuts(of bytes: Data, seed: UInt64) -> (boundaries: [Int], insideRows: [Int]) {
    let boundaries = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    let inside = Set(0...bytes.count).subtracting(boundaries).sorted()
    var generator = SeededGenerator(seed: seed)
    return (boundaries, (0..<40).map { _ in inside.randomElement(using: &generator)! })
  }

  @Test(arguments: files)
  func exactlyTheWholeGroupCutsAreAccepted(file: String) throws {
    let (fullCode, full) = try Self.importTables(Self.files.map(OfferFixtures.offer))
    #expect(fullCode == .ok)
    let shipped = try Self.importTables([]).1  // the folder as it was (usage error, no change)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: OfferFixtures.offer(file)))
    let others = Self.files.filter { $0 != file }.map(OfferFixtures.offer)
    let cutFile = try TestSupport.file("", name: "cut-\(file)")
    let (boundaries, insideRows) = Self.cuts(of: bytes, seed: UInt64(bytes.count))
    var acceptedLines: Set<Int> = []
    for cut in boundaries + insideRows {
      try bytes.prefix(cut).write(to: URL(fileURLWithPath: cutFile))
      let (code, tables) = try Self.importTables(others + [cutFile])
      guard code == .ok else {
        #expect(code == .dataError, "cut at \(cut): exit \(code)")
        continue
      }
      #expect(boundaries.contains(cut), "cut at \(cut), inside a row, was accepted")
      acceptedLines.insert(bytes.prefix(cut).filter { $0 == UInt8(ascii: "\n") }.count)
      for (name, table) in tables {
        let written = Self.parts(table)
        let whole = Self.parts(try #require(full[name]))
        let old = Self.parts(try #require(shipped[name]))
        for (key, value) in written {
          #expect(value == whole[key] || value == old[key], "cut at \(cut): \(name) \(key) is half")
        }
      }
    }
    #expect(acceptedLines == Self.acceptedAfterLine[file])
  }
}
