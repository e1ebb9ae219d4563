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
    var writer = BatchWriter(
      mode: parsed.isSet(Self.summaryOnly) ? .summary : .designs, format: format)
    let output: CommandOutput
    do { output = try CommandOutput(path: outputPath) } catch { throw .output(error) }
    var progress = BatchProgress(every: Self.progressEvery)
    defer { progress.finish() }
    do {
      var reader = try BatchRecordReader(source: try ByteSource(path: path))
      writer.begin()
      if format == .csv {
        // CSV out: rows are priced on every processor, written in file order.
        try writer.drain { (bytes) throws(OutputError) in try output.write(bytes) }
        let pipeline = BatchPipeline(
          catalog: catalog, mode: writer.mode, workers: SystemIO.processorCount)
        try pipeline.run(
          &reader, emit: { try output.write($0) }, progress: { progress.advance(to: $0) })
      } else {
        var runner = BatchRunner(catalog: catalog)
        var input = WorkloadInput()
        while let row = try reader.next(into: &input) {
          writer.write(
            try runner.evaluate(row, input: input, file: reader.name), name: row.name ?? [])
          if writer.pendingCount >= 1 << 16 {
            try writer.drain { (bytes) throws(OutputError) in try output.write(bytes) }
          }
          progress.advance(to: row.number)
        }
      }
      writer.end()
      try writer.drain { (bytes) throws(OutputError) in try output.write(bytes) }
    } catch {
      throw CLIError(error)
    }
    return CommandResult(output: output)
  }
}
