/// `vpccost batch FILE`: compares many named workloads from CSV or JSON, streaming.
public enum BatchCommand {
  /// Every flag `batch` accepts.
  public static let flags: [FlagSpec] = [
    FlagSpec("--format", value: "FORMAT", "csv (default) or json"),
    FlagSpec("--summary", value: nil, "one row per workload: the recommendation and its saving"),
    FlagSpec.outputFlag,
    FlagSpec.pricesFlag,
    FlagSpec.helpFlag,
  ]

  /// How often the progress line is updated, in workloads.
  static let progressEvery = 50_000

  /// Parses the arguments after `batch`, then reads, prices and writes every workload.
  public static func run(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "batch")
    if parsed.values["--help"] != nil { return try .text(HelpText.batch) }
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw .usage(
        parsed.positionals.isEmpty
          ? "batch needs a FILE (CSV or JSON; - for standard input); see vpccost help batch"
          : "batch takes one FILE, not \(parsed.positionals.count)")
    }
    let format = try CompareCommand.outputFormat(
      parsed.values["--format"], allowed: [.csv, .json], default: .csv)
    let catalog = try CompareCommand.catalog(parsed.values["--prices"])
    let source = try ByteSource(path: path)
    var reader = try BatchRecordReader(source: source)
    var writer = BatchWriter(
      mode: parsed.values["--summary"] == nil ? .designs : .summary, json: format == .json)
    let output: CommandOutput
    do { output = try CommandOutput(path: parsed.values["--output"]) } catch {
      throw .output(error)
    }
    var progress = BatchProgress(every: progressEvery)
    var runner = BatchRunner(catalog: catalog)
    var pending = writer.begin()
    while let record = try reader.next() {
      let result = try runner.evaluate(record, file: reader.name)
      pending += writer.rows(for: result)
      if pending.count >= 1 << 16 {
        try write(&pending, to: output)
      }
      progress.advance(to: record.number)
    }
    pending += writer.end()
    try write(&pending, to: output)
    progress.finish()
    return CommandResult(output: output)
  }

  private static func write(_ bytes: inout [UInt8], to output: CommandOutput) throws(CLIError) {
    do { try output.write(bytes) } catch { throw .output(error) }
    bytes.removeAll(keepingCapacity: true)
  }
}
