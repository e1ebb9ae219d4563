import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostBatch
@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats

/// Batch CSV priced on several threads: the output is the one-thread output byte for byte, and
/// the first bad row in file order stops the run, whichever chunk or thread found it.
@Suite struct BatchPipelineTests {
  /// `count` good rows (more than one round of chunks), with some rows replaced.
  static func rows(_ count: Int, replacing: [Int: String] = [:]) -> String {
    var text = "name,azs,gb,services\n"
    for row in 1...count {
      text +=
        replacing[row]
        ?? "w\(row),\(row % 3 + 1),\(row * 7 % 1_000),\(row % 2 == 0 ? "lambda;sts" : "4")"
      text += "\n"
    }
    return text
  }

  /// The CSV output of a batch file priced on one thread, row by row.
  static func oneThread(_ path: String, summary: Bool) throws -> String {
    var reader = try BatchRecordReader(source: try ByteSource(path: path))
    var runner = BatchRunner(catalog: .embedded)
    var writer = BatchWriter(mode: summary ? .summary : .designs, format: .csv)
    var input = WorkloadInput()
    var bytes: [UInt8] = []
    writer.begin()
    while let row = try reader.next(into: &input) {
      writer.write(try runner.evaluate(row, input: input, file: path), name: row.name ?? [])
    }
    writer.end()
    writer.drain { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Rows from CSV and the same rows from JSON, priced on threads, write what one thread
  /// writes, byte for byte.
  @Test(arguments: [false, true])
  func threadsWriteWhatOneThreadWrites(summary: Bool) throws {
    let count = BatchPipeline.chunkRows * 5 + 17
    let csv = try TestSupport.file(Self.rows(count), name: "rows.csv")
    var objects: [String] = []
    for row in 1...count {
      objects.append(
        "{\"name\": \"w\(row)\", \"azs\": \"\(row % 3 + 1)\", \"gb\": \"\(row * 7 % 1_000)\", \"services\": \"\(row % 2 == 0 ? "lambda;sts" : "4")\"}"
      )
    }
    let json = try TestSupport.file("[" + objects.joined(separator: ",") + "]", name: "rows.json")
    let flags = summary ? ["--summary"] : []
    let fromCSV = TestSupport.run(["batch", csv] + flags)
    let fromJSON = TestSupport.run(["batch", json] + flags)
    #expect(fromCSV.code == .ok && fromJSON.code == .ok)
    let expected = try Self.oneThread(csv, summary: summary)
    #expect(fromCSV.stdout == expected)
    #expect(fromJSON.stdout == expected)
    #expect(fromCSV.stdout.split(separator: "\r\n").count == 1 + count * (summary ? 1 : 5))
  }

  /// A write that fails stops the run with its error: nothing is written after it, every chunk
  /// already dispatched finishes, and the chunks written before it are whole and in order.
  @Test func failedWriteStopsTheRun() throws {
    struct DiskFull: Error {}
    let count = BatchPipeline.chunkRows * 40
    let path = try TestSupport.file(Self.rows(count), name: "rows.csv")
    var reader = try BatchRecordReader(source: try ByteSource(path: path))
    let pipeline = BatchPipeline(catalog: .embedded, mode: .summary, workers: 2)
    final class Sink: @unchecked Sendable {
      var bytes: [UInt8] = []
      var calls = 0
    }
    let sink = Sink()
    #expect(throws: DiskFull.self) {
      try pipeline.run(
        &reader,
        emit: { chunk in
          sink.calls += 1
          // The third chunk cannot be written.
          if sink.calls == 3 { throw DiskFull() }
          sink.bytes += chunk
        }, progress: { _ in })
    }
    #expect(sink.calls == 3)
    // The first two chunks, whole: their rows in file order, one summary row each.
    let lines = String(decoding: sink.bytes, as: UTF8.self).split(separator: "\r\n")
    #expect(lines.count == BatchPipeline.chunkRows * 2)
    #expect(lines.first?.hasPrefix("w1,") == true)
    #expect(lines.last?.hasPrefix("w\(BatchPipeline.chunkRows * 2),") == true)
  }

  /// A pricing error late in the file names its own row and line.
  @Test func lateBadRowIsNamed() throws {
    let row = BatchPipeline.chunkRows * 3 + 5
    let path = try TestSupport.file(Self.rows(row + 2_000, replacing: [row: "late,9,1,lambda"]))
    let result = TestSupport.run(["batch", path])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "vpccost: error: \(path): row \(row) (line \(row + 1)), column azs: '9' is more than the 6 AZs us-east-1 has; give 1 to 6\n"
    )
  }

  /// A JSON object with an unknown key, after a bad row, is reported after it: in file order.
  @Test func jsonErrorsKeepFileOrder() throws {
    var objects = (1...BatchPipeline.chunkRows * 3).map {
      "{\"name\": \"w\($0)\", \"gb\": \"\($0)\"}"
    }
    objects[BatchPipeline.chunkRows + 1] = "{\"name\": \"bad\", \"azs\": \"0\"}"
    objects[BatchPipeline.chunkRows * 2] = "{\"name\": \"typo\", \"gbb\": \"1\"}"
    let path = try TestSupport.file("[" + objects.joined(separator: ",\n") + "]", name: "rows.json")
    let result = TestSupport.run(["batch", path])
    #expect(result.code == .dataError)
    #expect(
      result.stderr.contains(
        "row \(BatchPipeline.chunkRows + 2) (line \(BatchPipeline.chunkRows + 2)), column azs"),
      "\(result.stderr)")
  }

  /// Of a bad row and a broken quote further on, the bad row is reported: rows are checked in
  /// file order even though the reader reached the quote first.
  @Test func earlierPricingErrorWinsOverLaterSyntaxError() throws {
    let bad = BatchPipeline.chunkRows + 3
    let broken = bad + 40
    let path = try TestSupport.file(
      Self.rows(broken + 10, replacing: [bad: "bad,1,-5,lambda", broken: "x,1,\"2,lambda"]))
    let result = TestSupport.run(["batch", path])
    #expect(result.code == .dataError)
    #expect(
      result.stderr.hasPrefix(
        "vpccost: error: \(path): row \(bad) (line \(bad + 1)), column gb: '-5' is negative"),
      "\(result.stderr)")
  }

  /// A short row read before a later pricing error is the one reported.
  @Test func earlierFieldCountErrorWins() throws {
    let short = 10
    let bad = BatchPipeline.chunkRows * 2
    let path = try TestSupport.file(
      Self.rows(bad + 10, replacing: [short: "short,1", bad: "bad,0,1,lambda"]))
    let result = TestSupport.run(["batch", path])
    #expect(result.code == .dataError)
    #expect(
      result.stderr.contains(
        "row \(short) (line \(short + 1)): 2 fields where the header has 4"), "\(result.stderr)")
  }
}
