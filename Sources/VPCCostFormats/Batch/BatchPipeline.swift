import Dispatch
import VPCCostCore

/// Prices a batch on every processor: the calling thread reads records into chunks and
/// writes their output in file order, while other threads validate, price and format them.
///
/// Each worker has its own runner and writer, so nothing is shared but the immutable price
/// tables. The first bad row in file order stops the run, as it does when one thread reads
/// all rows: chunks are checked in order, and a reading error is thrown only once every chunk
/// before it has been priced without one.
package struct BatchPipeline {
  /// Records per chunk: large enough that handing a chunk over costs nothing, small enough
  /// that the chunks in flight stay within a few megabytes.
  static let chunkRows = 256
  /// Rounds of chunks (one per worker) dispatched before the oldest is written: while one is
  /// written, the workers have the others to price.
  static let roundsInFlight = 2

  let catalog: PriceCatalog
  let mode: BatchWriter.Mode
  let workers: Int

  /// A pipeline over a catalog writing `mode` rows in CSV, on `workers` threads.
  package init(catalog: PriceCatalog, mode: BatchWriter.Mode, workers: Int) {
    self.catalog = catalog
    self.mode = mode
    self.workers = max(1, workers)
  }

  /// One worker's reusable state.
  final class Worker: @unchecked Sendable {
    var runner: BatchRunner
    var writer: BatchWriter
    var input = WorkloadInput()

    init(catalog: PriceCatalog, mode: BatchWriter.Mode) {
      runner = BatchRunner(catalog: catalog)
      writer = BatchWriter(mode: mode, json: false)
    }
  }

  /// One chunk handed to a worker, and what came back (the output stays in the worker's
  /// buffer until it is written: no buffer is allocated per chunk).
  final class Job: @unchecked Sendable {
    let chunk: BatchChunk
    let worker: Worker
    var failure: (any Error)?

    init(chunk: BatchChunk, worker: Worker) {
      self.chunk = chunk
      self.worker = worker
    }
  }

  /// Reads every record of `reader` (CSV past its header, or a JSON array), handing the output bytes
  /// to `emit` in order and the number of rows done to `progress`.
  package func run(
    _ reader: inout BatchRecordReader, emit: (UnsafeRawBufferPointer) throws -> Void,
    progress: (Int) -> Void
  ) throws {
    let columns = reader.chunkColumns
    let file = reader.name
    let depth = Self.roundsInFlight
    let pool = (0..<workers * depth).map { _ in Worker(catalog: catalog, mode: mode) }
    // The rounds dispatched and not yet written, oldest first.
    var inFlight: [(jobs: [Job], group: DispatchGroup)] = []
    var round = 0
    var readFailure: (any Error)?
    var done = 0
    while readFailure == nil {
      var jobs: [Job] = []
      for _ in 0..<workers {
        var chunk = BatchChunk(rows: Self.chunkRows)
        do {
          while chunk.rows.count < Self.chunkRows, try reader.nextRecord(into: &chunk) {}
        } catch {
          readFailure = error
        }
        if !chunk.rows.isEmpty {
          jobs.append(Job(chunk: chunk, worker: pool[(round % depth) * workers + jobs.count]))
        }
        if readFailure != nil || chunk.rows.count < Self.chunkRows { break }
      }
      // The workers of a round are not those of the rounds before it still in flight.
      let group = DispatchGroup()
      for job in jobs {
        DispatchQueue.global().async(group: group) {
          Self.process(job, columns: columns, file: file)
        }
      }
      if inFlight.count == depth - 1 {
        done += try finish(inFlight.removeFirst(), emit: emit)
        progress(done)
      }
      inFlight.append((jobs, group))
      round += 1
      if jobs.isEmpty { break }
    }
    for rest in inFlight { done += try finish(rest, emit: emit) }
    progress(done)
    if let readFailure { throw readFailure }
  }

  /// Waits for a round, then emits its chunks' output in order or throws the first failure.
  private func finish(
    _ round: (jobs: [Job], group: DispatchGroup), emit: (UnsafeRawBufferPointer) throws -> Void
  )
    throws -> Int
  {
    round.group.wait()
    var rows = 0
    for job in round.jobs {
      if let failure = job.failure { throw failure }
      try job.worker.writer.drainInPlace(emit)
      rows += job.chunk.rows.count
    }
    return rows
  }

  /// Validates, prices and formats one chunk on a worker.
  private static func process(_ job: Job, columns: [BatchColumns.Column], file: String) {
    let chunk = job.chunk
    let worker = job.worker
    do {
      try chunk.withFields { field in
        for (index, row) in chunk.rows.enumerated() {
          let name =
            BatchColumns.fill(&worker.input, columns: columns) { field(index, $0, columns.count) }
            ?? UnsafeBufferPointer(start: nil, count: 0)
          let result = try worker.runner.evaluate(
            number: row.number, line: row.line, name: name, input: worker.input, file: file)
          worker.writer.write(result, name: name)
        }
      }
    } catch {
      worker.writer.drain { _ in }
      job.failure = error
    }
  }
}
