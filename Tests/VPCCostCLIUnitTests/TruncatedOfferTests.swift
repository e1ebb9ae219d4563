import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// A CSV offer cut short at any byte: refused, or (cut exactly between two rows, where a CSV
/// cannot tell a short file from a complete one) every table it writes is whole: each tier
/// list and each price group is the full import's or the table's old one, never half of one.
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

  @Test(arguments: files)
  func everyCutIsRefusedOrLeavesWholeTables(file: String) throws {
    let (fullCode, full) = try Self.importTables(Self.files.map(OfferFixtures.offer))
    #expect(fullCode == .ok)
    let shipped = try Self.importTables([]).1  // the folder as it was (usage error, no change)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: OfferFixtures.offer(file)))
    let others = Self.files.filter { $0 != file }.map(OfferFixtures.offer)
    let cutFile = try TestSupport.file("", name: "cut-\(file)")
    var accepted = 0
    for cut in 0..<bytes.count {
      try bytes.prefix(cut).write(to: URL(fileURLWithPath: cutFile))
      let (code, tables) = try Self.importTables(others + [cutFile])
      guard code == .ok else {
        #expect(code == .dataError, "cut at \(cut): exit \(code)")
        continue
      }
      accepted += 1
      #expect(bytes[cut - 1] == UInt8(ascii: "\n"), "cut at \(cut) inside a row was accepted")
      for (name, table) in tables {
        let written = Self.parts(table)
        let whole = Self.parts(try #require(full[name]))
        let old = Self.parts(try #require(shipped[name]))
        for (key, value) in written {
          #expect(value == whole[key] || value == old[key], "cut at \(cut): \(name) \(key) is half")
        }
      }
    }
    // Only cuts between regions' rows can pass: 15 of the 10,312 points of the three files.
    #expect(accepted <= bytes.filter { $0 == UInt8(ascii: "\n") }.count)
  }
}
