import Dispatch
import VPCCostCore
import VPCCostFormats

/// Prices a batch on every processor: the calling thread reads records into chunks, other
/// threads validate, price and format them, and a writer writes their output in file order.
///
/// Each worker has its own runner and writer, so nothing is shared but the immutable price
/// tables. Reading, pricing and writing overlap: the reading thread never waits for the disk,
/// and no thread of the pool ever waits for another (the writer writes the chunks that are
/// done, in order, each time one finishes). The first bad row in file order stops the run, as
/// it does when one thread reads all rows: chunks are written and checked in order, and a
/// reading error is thrown only once every chunk before it has been priced without one.
package struct BatchPipeline {
  /// Records per chunk: large enough that handing a chunk over costs nothing, small enough
  /// that the chunks in flight stay within a few megabytes.
  static let chunkRows = 256
  /// Chunks per worker that may be read, priced or waiting to be written at once.
  static let chunksPerWorker = 3

  let catalog: PriceCatalog
  let mode: BatchWriter.Mode
  let workers: Int
  /// Whether rows are only checked, not priced or written: the first pass of a batch that
  /// streams to standard output.
  let checkOnly: Bool

  /// A pipeline over a catalog writing `mode` rows in CSV for `workers` processors: up to
  /// `workers` times `chunksPerWorker` chunks are in flight, priced on Dispatch's threads (as
  /// many at once as it runs, about one per processor).
  package init(
    catalog: PriceCatalog, mode: BatchWriter.Mode, workers: Int, checkOnly: Bool = false
  ) {
    self.catalog = catalog
    self.mode = mode
    self.workers = max(1, workers)
    self.checkOnly = checkOnly
  }

  /// One worker's reusable state: a runner, a writer, and where a row's fields are.
  ///
  /// They live behind pointers that the worker owns: the pricing loop reaches them with no
  /// exclusivity check and no reference count per row (as class properties, every row paid
  /// both). A row's fields are ranges of its chunk's bytes, lent to the runner as pointers.
  final class Worker: @unchecked Sendable {
    /// What the pointer holds.
    struct State {
      var runner: BatchRunner
      var writer: BatchWriter
      /// The file's name, for messages: this worker's own copy, since a string that every
      /// pricing thread retains and releases for every row keeps its reference count's cache
      /// line moving between processors.
      let file: String
    }

    let state: UnsafeMutablePointer<State>
    /// Where each field of the row being priced starts and ends in its chunk's bytes.
    let starts: UnsafeMutableBufferPointer<Int>
    let ends: UnsafeMutableBufferPointer<Int>

    init(catalog: PriceCatalog, mode: BatchWriter.Mode, file: String) {
      state = .allocate(capacity: 1)
      state.initialize(
        to: State(
          runner: BatchRunner(catalog: catalog), writer: BatchWriter(mode: mode, format: .csv),
          file: String(decoding: Array(file.utf8), as: UTF8.self)))  // a copy, not shared
      starts = .allocate(capacity: WorkloadField.allCases.count)
      ends = .allocate(capacity: WorkloadField.allCases.count)
      starts.initialize(repeating: -1)
      ends.initialize(repeating: -1)
    }

    deinit {
      state.deinitialize(count: 1)
      state.deallocate()
      starts.deallocate()
      ends.deallocate()
    }
  }

  /// One chunk handed to a worker, and what came back (the output stays in the worker's
  /// buffer until it is written: no buffer is allocated per chunk).
  final class Job: @unchecked Sendable {
    let chunk: BatchChunk
    let worker: Worker
    var failure: (any Error)?
    /// Set, under the run's lock, once the worker is done with it.
    var priced = false

    init(chunk: BatchChunk, worker: Worker) {
      self.chunk = chunk
      self.worker = worker
    }
  }

  /// What the reading thread, the workers and the writer share, behind one lock.
  final class RunState: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    /// Jobs dispatched and not yet written, in file order.
    var pending: [Job] = []
    /// Workers free for the next chunk.
    var idle: [Worker]
    /// The first failure in file order (a bad row, or a failed write).
    var failure: (any Error)?
    /// Rows written so far.
    var rowsWritten = 0
    /// Hands the bytes of a chunk to the output (called by the writer only, one at a time).
    let emit: (UnsafeRawBufferPointer) throws -> Void

    init(idle: [Worker], emit: @escaping (UnsafeRawBufferPointer) throws -> Void) {
      self.idle = idle
      self.emit = emit
    }

    func locked<Result>(_ body: (RunState) -> Result) -> Result {
      lock.wait()
      defer { lock.signal() }
      return body(self)
    }
  }

  /// Reads every record of `reader` (CSV past its header, or a JSON array), handing the output
  /// bytes to `emit` in order (on another thread, one call at a time, all before this returns)
  /// and the number of rows written to `progress`.
  package func run(
    _ reader: inout BatchRecordReader, emit: @escaping (UnsafeRawBufferPointer) throws -> Void,
    progress: (Int) -> Void
  ) throws {
    let columns = reader.chunkColumns
    let file = reader.name
    let pool = (0..<workers * Self.chunksPerWorker).map { _ in
      Worker(catalog: catalog, mode: mode, file: file)
    }
    let state = RunState(idle: pool, emit: emit)
    // Threads of its own, made before any work: without one to spare (a pids or address-space
    // limit), every chunk is priced and written on this thread, slower, never waiting for a
    // thread that cannot be made (Dispatch waits for ever).
    let threads = WorkerThreads.start(workers)
    defer { threads?.stop() }
    let free = DispatchSemaphore(value: pool.count)
    // The worker that finishes a chunk writes the chunks ready in file order, one worker at a
    // time: no writer thread is needed.
    let writing = DispatchSemaphore(value: 1)
    let all = DispatchGroup()
    var readFailure: (any Error)?
    while state.locked({ $0.failure == nil }) {
      var chunk = BatchChunk(rows: Self.chunkRows)
      do {
        while chunk.rows.count < Self.chunkRows, try reader.nextRecord(into: &chunk) {}
      } catch {
        readFailure = error
      }
      if !chunk.rows.isEmpty {
        free.wait()
        let job = state.locked { state in
          let job = Job(chunk: chunk, worker: state.idle.removeLast())
          state.pending.append(job)
          return job
        }
        all.enter()
        if let threads {
          threads.submit {
            Self.process(job, columns: columns, checkOnly: checkOnly)
            state.locked { _ in job.priced = true }
            // Whoever holds `writing` writes what is ready; a worker that finds it held goes
            // back to pricing, since the holder looks again after letting it go.
            repeat {
              guard writing.wait(timeout: .now()) == .success else { return }
              Self.writeReady(state, free: free, all: all)
              writing.signal()
            } while state.locked({ $0.pending.first?.priced == true })
          }
        } else {
          Self.process(job, columns: columns, checkOnly: checkOnly)
          state.locked { _ in job.priced = true }
          Self.writeReady(state, free: free, all: all)
        }
        progress(state.locked { $0.rowsWritten })
      }
      if readFailure != nil || chunk.rows.count < Self.chunkRows { break }
    }
    all.wait()
    progress(state.rowsWritten)
    if let failure = state.failure { throw failure }
    if let readFailure { throw readFailure }
  }

  /// On the writer: writes the priced chunks at the head of the file order, in order, and
  /// frees their workers; after a failure, only frees them.
  private static func writeReady(_ state: RunState, free: DispatchSemaphore, all: DispatchGroup) {
    while let job = state.locked({ state -> Job? in
      guard let first = state.pending.first, first.priced else { return nil }
      state.pending.removeFirst()
      return first
    }) {
      var failure = job.failure
      if failure == nil && state.locked({ $0.failure == nil }) {
        do { try job.worker.state.pointee.writer.drainInPlace(state.emit) } catch {
          failure = error
        }
      }
      job.worker.state.pointee.writer.drainInPlace { _ in }
      state.locked { state in
        if state.failure == nil {
          if let failure {
            state.failure = failure
          } else {
            state.rowsWritten += job.chunk.rows.count
          }
        }
        state.idle.append(job.worker)
      }
      free.signal()
      all.leave()
    }
  }

  /// Validates, prices and formats one chunk on a worker.
  private static func process(_ job: Job, columns: [BatchColumns.Column], checkOnly: Bool) {
    let chunk = job.chunk
    let worker = job.worker.state
    let (starts, ends) = (job.worker.starts, job.worker.ends)
    let file = worker.pointee.file
    do {
      try chunk.withPointers { bytes, fieldEnds in
        try columns.withUnsafeBufferPointer { columnList in
          let rowStarts = UnsafeBufferPointer(starts)
          let rowEnds = UnsafeBufferPointer(ends)
          for (index, row) in chunk.rows.enumerated() {
            let nameRange = BatchColumns.fillRanges(
              starts: starts, ends: ends, columns: columnList
            ) {
              BatchChunk.range(row: index, index: $0, fields: columnList.count, ends: fieldEnds)
            }
            let name = UnsafeBufferPointer(rebasing: bytes[nameRange ?? 0..<0])
            if checkOnly {
              try worker.pointee.runner.check(
                number: row.number, line: row.line, name: name,
                bytes: unsafe Span(_unsafeElements: bytes),
                starts: unsafe Span(_unsafeElements: rowStarts),
                ends: unsafe Span(_unsafeElements: rowEnds), file: file)
              continue
            }
            let result = try worker.pointee.runner.evaluate(
              number: row.number, line: row.line, name: name,
              bytes: unsafe Span(_unsafeElements: bytes),
              starts: unsafe Span(_unsafeElements: rowStarts),
              ends: unsafe Span(_unsafeElements: rowEnds), file: file)
            worker.pointee.writer.write(result, name: name)
          }
        }
      }
    } catch {
      worker.pointee.writer.drain { _ in }
      job.failure = error
    }
  }
}
