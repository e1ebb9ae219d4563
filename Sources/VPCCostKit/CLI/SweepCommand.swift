/// `vpccost sweep`: the compare flags plus one range, priced point by point.
public enum SweepCommand {
  /// Every flag `sweep` accepts.
  public static let flags: [FlagSpec] =
    CompareCommand.workloadFlags + [
      FlagSpec("--points", value: "N", "how many points, 2 to 1000 (default 50)"),
      FlagSpec(
        "--scale", value: "SCALE", "log (default for traffic) or linear (default for services)"),
      FlagSpec("--format", value: "FORMAT", "csv (default) or json"),
      FlagSpec.outputFlag,
      FlagSpec("--chart", value: "FILE.svg", "also draw the sweep as an SVG line chart"),
      FlagSpec.pricesFlag,
      FlagSpec.helpFlag,
    ]

  /// Parses the arguments after `sweep`, runs it and renders it.
  public static func run(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "sweep")
    if parsed.values["--help"] != nil { return try .text(HelpText.sweep) }
    if let extra = parsed.positionals.first {
      throw .usage("unexpected argument '\(extra)' for 'sweep' (flags take the form --azs 2)")
    }
    let (axis, rangeText) = try axis(parsed)
    let scale = try scale(parsed.values["--scale"], axis: axis)
    let count = try points(parsed.values["--points"])
    let range: SweepRange
    switch SweepRange.parse(rangeText, axis: axis, scale: scale) {
    case .success(let value): range = value
    case .failure(let problem): throw .usage("\(axis.field.flag) \(problem.message)")
    }
    let format = try CompareCommand.outputFormat(
      parsed.values["--format"], allowed: [.csv, .json], default: .csv)
    var input = CompareCommand.workloadInput(parsed)
    input[axis.field] = nil
    let catalog = try CompareCommand.catalog(parsed.values["--prices"])
    let sweep: SweepResult
    do {
      let table = try catalog.table(for: WorkloadParser.region(of: input))
      sweep = try Sweeper(calculator: CostCalculator(table: table)).sweep(
        input, axis: axis, range: range, points: count)
    } catch let error as PriceTableError {
      throw .priceTable(error)
    } catch let error as WorkloadError {
      throw .workload(error)
    } catch {
      throw .usage("\(error)")
    }
    do {
      let output = try CommandOutput(path: parsed.values["--output"])
      try output.write(format == .json ? SweepRenderer.json(sweep) : SweepRenderer.csv(sweep))
      var attachments: [CommandOutput] = []
      if let chartPath = parsed.values["--chart"] {
        let chart = try CommandOutput(path: chartPath)
        try chart.write(SweepChart.render(sweep))
        attachments.append(chart)
      }
      return CommandResult(output: output, attachments: attachments)
    } catch {
      throw .output(error)
    }
  }

  static func axis(_ parsed: ParsedFlags) throws(CLIError) -> (SweepAxis, String) {
    let candidates: [(SweepAxis, String)] = [
      (.gigabytes, "--gb"), (.invocations, "--invokes"), (.services, "--services"),
    ]
    let ranges = candidates.compactMap { axis, flag in
      parsed.values[flag].flatMap { $0.contains("..") ? (axis, $0) : nil }
    }
    guard ranges.count == 1, let range = ranges.first else {
      throw .usage(
        ranges.isEmpty
          ? "sweep needs one range: --gb FROM..TO, --invokes FROM..TO or --services FROM..TO"
          : "sweep varies one input at a time; give a range (FROM..TO) to only one of --gb, --invokes, --services"
      )
    }
    return range
  }

  static func scale(_ text: String?, axis: SweepAxis) throws(CLIError) -> SweepScale {
    guard let text else { return axis == .services ? .linear : .log }
    guard let scale = SweepScale(rawValue: text) else {
      throw .usage("--scale '\(text)' is not a scale; use log or linear")
    }
    return scale
  }

  static func points(_ text: String?) throws(CLIError) -> Int {
    guard let text else { return 50 }
    guard let count = Int(text), (2...1_000).contains(count) else {
      throw .usage("--points '\(text)' is not a whole number from 2 to 1000")
    }
    return count
  }
}
