import VPCCostBatch
import VPCCostCore
import VPCCostFormats

/// `vpccost batch FILE`: compares many named workloads from CSV or JSON, streaming.
package struct BatchCommand: Command {
  package let info = CommandInfo(
    name: "batch",
    summary: "compare many named workloads from CSV or JSON",
    usage: ["batch FILE [--format csv|json] [--summary] [--output FILE]"],
    discussion: """
      Compares many named workloads at once, streaming, in constant memory.
      FILE is CSV with a header row, or a JSON array of objects; - reads standard input.
      Columns (only name is required; the others default as in compare):
        \(BatchColumns.all.joined(separator: ", "))
      services are separated by ';' or spaces (or given as a count); sizes take units as in
      compare. A bad row stops the run with exit 65 naming the row, the column and the problem,
      and nothing is written.
      """,
    flags: [
      BatchCommand.format, BatchCommand.summaryOnly, CommonFlags.output,
      CommonFlags.prices,
    ])

  static let format = CommonFlags.format(DataFormat.self, help: "csv (default) or json")
  static let summaryOnly = Switch(
    "--summary", "one row per workload: the recommendation and its saving")

  /// How often the progress line is updated, in workloads.
  static let progressEvery = 50_000

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let path = try invocation.onePositional(
      "FILE", for: name,
      missing: "batch needs a FILE (CSV or JSON; - for standard input); see vpccost help batch")
    let parsed = invocation.flags
    let format = try parsed.value(of: Self.format) ?? .csv
    let catalog = try CommonFlags.catalog(parsed, invocation.environment)
    let outputPath = try parsed.value(of: CommonFlags.output)
    let mode: BatchWriter.Mode = parsed.isSet(Self.summaryOnly) ? .summary : .designs
    // To standard output, every row is checked first (on every processor), and the rows are
    // then priced as standard output is written: a bad row still writes nothing, and nothing
    // is held (the output of 10^7 rows once spooled 7.3 GB first). A file is written whole
    // or not at all, as always.
    guard outputPath == nil || outputPath == "-" else {
      do {
        let output = try CommandOutput(path: outputPath)
        try Self.price(
          source: try ByteSource(path: path), catalog: catalog, mode: mode, format: format
        ) { (bytes) throws(OutputError) in try output.write(bytes) }
        return CommandResult(output: output)
      } catch {
        throw CLIError(error)
      }
    }
    let input: InputCopy
    do {
      input = try InputCopy(path: path)
      try Self.check(input, catalog: catalog)
    } catch {
      throw CLIError(error)
    }
    return CommandResult(
      output: .produced { emit in
        try Self.price(
          source: try Self.source(input), catalog: catalog, mode: mode, format: format, emit: emit)
      })
  }

  /// Prices every row of a source and hands the output to `emit`, in order.
  static func price(
    source: ByteSource, catalog: PriceCatalog, mode: BatchWriter.Mode, format: DataFormat,
    emit: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    // The pipeline calls `emit` from its threads, one call at a time, and all before it
    // returns: it does not outlive this call.
    try withoutActuallyEscaping(emit) { emit in
      try price(source: source, catalog: catalog, mode: mode, format: format, escaping: emit)
    }
  }

  private static func price(
    source: ByteSource, catalog: PriceCatalog, mode: BatchWriter.Mode, format: DataFormat,
    escaping emit: @escaping (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    func drain(_ writer: inout BatchWriter) throws {
      try writer.drain { bytes in try bytes.withUnsafeBytes { try emit($0) } }
    }
    var writer = BatchWriter(mode: mode, format: format)
    var progress = BatchProgress(every: Self.progressEvery)
    defer { progress.finish() }
    var reader = try BatchRecordReader(source: source)
    writer.begin()
    if format == .csv {
      // CSV out: rows are priced on every processor, written in file order.
      try drain(&writer)
      let pipeline = BatchPipeline(
        catalog: catalog, mode: writer.mode, workers: SystemIO.processorCount)
      try pipeline.run(&reader, emit: emit, progress: { progress.advance(to: $0) })
    } else {
      var runner = BatchRunner(catalog: catalog)
      var input = WorkloadInput()
      while let row = try reader.next(into: &input) {
        writer.write(
          try runner.evaluate(row, input: input, file: reader.name), name: row.name ?? [])
        if writer.pendingCount >= 1 << 16 { try drain(&writer) }
        progress.advance(to: row.number)
      }
    }
    writer.end()
    try drain(&writer)
  }

  /// A source over the input copy, named as the input.
  static func source(_ input: InputCopy) throws(InputError) -> ByteSource {
    try ByteSource(path: input.path, shownAs: input.name)
  }

  /// Reads every row and checks it as pricing would, without pricing: the first error stops
  /// the run before anything is written.
  static func check(_ input: InputCopy, catalog: PriceCatalog) throws {
    var reader = try BatchRecordReader(source: try source(input))
    let pipeline = BatchPipeline(
      catalog: catalog, mode: .summary, workers: SystemIO.processorCount, checkOnly: true)
    try pipeline.run(&reader, emit: { _ in }, progress: { _ in })
  }
}
