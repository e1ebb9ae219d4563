import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// CSV for spreadsheets: RFC 4180, numeric money cells, formula neutralising, and the reader.
@Suite struct CSVTests {
  @Test func compareCSVHasTheColumnsAndNumericCells() throws {
    let result = TestSupport.run(["compare", "--invokes", "1e6", "--azs", "2", "--format", "csv"])
    #expect(result.code == .ok)
    let records = try StrictCSV.parse(result.stdout)
    #expect(records[0] == DesignCSV.designColumns)
    #expect(records.count == 6)
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
    // Hand values: see CalculatorTests.usEast1TwoAZsDefaultWorkload.
    // nat-regional: 2 x 730 x 0.045 + D x 0.045 + 2 x 730 x 0.005, the same as nat-per-az.
    #expect(rows.map { $0["monthly_cost"] } == ["36.71", "73.17", "73.17", "7.38", "14.64"])
    #expect(rows.map { $0["recommended"] } == ["false", "false", "false", "false", "true"])
    #expect(rows.map { $0["feasible"] } == Array(repeating: "true", count: 5))
    #expect(rows[0]["internet_egress_cost"] == "0.00")
    #expect(rows[1]["hourly_cost"] == "65.70")
    #expect(rows[1]["public_ipv4_cost"] == "7.30")
    #expect(rows[0]["cross_az_cost"] == "0.04")
    #expect(rows[0]["gb_per_month"] == "3.814697265625")
    #expect(rows[0]["invocations"] == "1000000")
    #expect(rows[0]["price_table_date"] == "2025-11-04")
    // Every money cell is a plain number with a dot and two decimals, no thousands separator.
    for row in rows {
      for column in [
        "hourly_cost", "data_cost", "cross_az_cost", "public_ipv4_cost", "monthly_cost",
      ] {
        let cell = try #require(row[column])
        #expect(cell.wholeMatch(of: /[0-9]+\.[0-9]{2}/) != nil, "\(column): \(cell)")
      }
    }
  }

  @Test func detailHasOneRowPerLineItem() throws {
    let result = TestSupport.run([
      "compare", "--gb", "6000000", "--format", "csv", "--csv-detail",
    ])
    let records = try StrictCSV.parse(result.stdout)
    #expect(records[0] == DesignCSV.detailColumns)
    // 4 + 3 + 3 + 3 + 2 line items.
    #expect(records.count == 1 + 15)
    let endpointData = try #require(
      records.first { $0[0] == "privatelink-per-az" && $0[9] == "endpoint-data" })
    #expect(endpointData[13] == "")  // spans three tiers: no single unit price
    #expect(endpointData[14] == "38680.06")  // 10485.76 + 25165.824 + 3028.48
  }

  @Test func csvDetailNeedsCSV() {
    let result = TestSupport.run(["compare", "--csv-detail"])
    #expect(result.code == .usage)
    #expect(result.stderr.contains("--csv-detail goes with --format csv"))
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\r\nlines", "\"two\r\nlines\""),
    ("=SUM(A1:A9)", "\"'=SUM(A1:A9)\""),
    ("+1", "\"'+1\""),
    ("-1", "\"'-1\""),
    ("@cmd", "\"'@cmd\""),
    ("\tx", "\"'\tx\""),
    ("\rx", "\"'\rx\""),
    ("=a,\"b\"", "\"'=a,\"\"b\"\"\""),
    ("", ""),
    ("café", "café"),
  ])
  func textCellsAreQuotedAndNeutralised(text: String, written: String) {
    var writer = CSVWriter()
    writer.text(text)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == written)
  }

  @Test func numberCellsAreLeftAsNumbers() {
    var writer = CSVWriter()
    writer.cents(TestSupport.money("-1234.565"))
    writer.integer(-42)
    writer.quantity(TestSupport.quantity("3.5"))
    writer.boolean(true)
    writer.endRow()
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "-1234.57,-42,3.5,true\r\n")
  }

  private func records(_ text: String) throws -> [[String]] {
    var reader = CSVReader(source: ByteSource(bytes: Array(text.utf8), name: "t.csv"))
    var records: [[String]] = []
    while try reader.next() { records.append(reader.fields) }
    return records
  }

  /// Every record, its line and line end, or the error, as one source reads a text.
  private func outcome(_ source: ByteSource) -> [String] {
    var reader = CSVReader(source: source)
    var seen: [String] = []
    do {
      while try reader.next() {
        seen.append("\(reader.line) \(reader.endedWithLineBreak) \(reader.fields)")
      }
    } catch {
      seen.append("\(error)")
    }
    return seen
  }

  /// Records read in one pass (with their line end in the buffer) read exactly as the general
  /// reader reads them.
  ///
  /// Seeded random texts of commas, quotes, CR, LF, spaces and letters, and
  /// random well-formed CSV, read whole from memory and from a file one byte at a time, where
  /// the one-pass path never has a line in its buffer. A quarter of the texts have long runs
  /// between the special bytes, so that the scan that passes eight bytes at a time (`ByteWord`)
  /// meets its special byte at every place in a word.
  @Test func plainRecordsReadAsTheGeneralReaderReadsThem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vpccost-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("t.csv").path
    let alphabet = Array("ab, ,\"\n\r\n".utf8)
    let sparse = Array("abcdefghijklmnopqrstuvwxyz0123456789 ,\"\n\r".utf8)
    var generator = SeededGenerator(seed: 4180)
    for round in 0..<3_000 {
      // Half random bytes (mostly broken), half records built by the rules: plain fields,
      // quoted fields holding commas, doubled quotes and line breaks, every kind of line end.
      let bytes: [UInt8]
      switch round % 4 {
      case 0:
        bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
          alphabet.randomElement(using: &generator)!
        }
      case 2:
        bytes = (0..<Int.random(in: 0...120, using: &generator)).map { _ in
          sparse.randomElement(using: &generator)!
        }
      case 1: bytes = Self.wellFormedCSV(using: &generator)
      default: bytes = Self.wellFormedCSV(using: &generator, longRuns: true)
      }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let whole = outcome(ByteSource(bytes: bytes, name: path))
      let byByte = outcome(try ByteSource(path: path, chunkSize: 1))
      #expect(whole == byByte, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }

  /// A few records of well-formed CSV, built at random; with `longRuns`, fields of up to 30
  /// characters, mostly letters.
  static func wellFormedCSV(
    using generator: inout SeededGenerator, longRuns: Bool = false
  ) -> [UInt8] {
    let characters = Array(longRuns ? "abcdefghijklmnopqrstuvwxyz ,\"\n\r" : "ab ,\"\n\r")
    var text = ""
    for _ in 0..<Int.random(in: 1...4, using: &generator) {
      let fields = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
        let content = String(
          (0..<Int.random(in: 0...(longRuns ? 30 : 6), using: &generator)).map { _ in
            characters.randomElement(using: &generator)!
          })
        guard Bool.random(using: &generator) || content.contains(where: { ",\"\n\r".contains($0) })
        else { return content }
        return "\"" + content.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      }
      text +=
        fields.joined(separator: ",") + ["\n", "\r\n", "\r", ""].randomElement(using: &generator)!
    }
    return Array(text.utf8)
  }

  @Test func readerHandlesQuotesAndLineBreaks() throws {
    #expect(
      try records("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n") == [["a", "b"], ["x,1", "say \"hi\""]])
    #expect(try records("a,b\n\"two\r\nlines\",2\n") == [["a", "b"], ["two\r\nlines", "2"]])
    #expect(try records("a\n\nb") == [["a"], ["b"]])
    #expect(try records("a,,\n") == [["a", "", ""]])
  }

  @Test(arguments: [
    ("a,\"b\n", "t.csv: line 1: a quoted field is never closed"),
    ("a,b\"c\n", "t.csv: line 1: a quote inside an unquoted field"),
    ("a,\"b\"c\n", "t.csv: line 1: text after a closing quote"),
  ])
  func readerRejectsBrokenQuoting(text: String, message: String) {
    do {
      _ = try records(text)
      Issue.record("accepted \(text)")
    } catch {
      #expect("\(error)".hasPrefix(message), "\(error)")
      #expect(CLIError(error).exitCode == .dataError)
    }
  }
}
