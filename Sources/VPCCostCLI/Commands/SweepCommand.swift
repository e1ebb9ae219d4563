import VPCCostCore
import VPCCostFormats

/// `vpccost sweep`: the compare flags plus one range, priced point by point.
package struct SweepCommand: Command {
  package let info = CommandInfo(
    name: "sweep",
    summary: "price the designs over a range of traffic, services or VPCs",
    usage: [
      "sweep --gb FROM..TO | --invokes FROM..TO | --services FROM..TO | --vpcs FROM..TO [flags]"
    ],
    discussion: """
      Prices every design over a range of one input, to see where NAT and PrivateLink cross.
      Output: CSV (one row per point: the varying value, each design's monthly cost, the
      recommended design) or JSON; --chart draws an SVG line chart with the break-even marked.
      Log-scale points are rounded to 4 significant digits; every cost is exact.
      --vpcs FROM..TO compares nat-per-az, privatelink-per-az, hub-endpoints and central-egress
      over the number of spoke VPCs (the workload is per VPC) and marks the VPC count from
      which endpoints shared from a hub cost no more than endpoints in every VPC.
      """,
    flags: WorkloadFlags.all + [
      SweepCommand.points, SweepCommand.scale, SweepCommand.format,
      CommonFlags.output,
      SweepCommand.chart, CommonFlags.prices,
    ])

  static let points = Flag<Int>(
    "--points", value: "N", "how many points, 2 to 1000 (default 50)"
  ) { (text) throws(CLIError) -> Int in
    guard let count = Int(text), (2...1_000).contains(count) else {
      throw .usage("--points \(quoting: text) is not a whole number from 2 to 1000")
    }
    return count
  }
  static let scale = Flag<SweepScale>(
    "--scale", value: "SCALE", "log (default for traffic) or linear (default for services and VPCs)"
  ) { (text) throws(CLIError) -> SweepScale in
    guard let scale = SweepScale(rawValue: text) else {
      throw .usage("--scale \(quoting: text) is not a scale; use log or linear")
    }
    return scale
  }
  static let format = CommonFlags.format(DataFormat.self, help: "csv (default) or json")
  static let chart = CommonFlags.chart("also draw the sweep as an SVG line chart")

  /// The inputs a sweep can vary, with their flags.
  static let axes: [(axis: SweepAxis, field: WorkloadField)] = [
    (.gigabytes, .gb), (.invocations, .invokes), (.services, .services), (.vpcs, .vpcs),
  ]

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try invocation.expectNoPositionals(for: name)
    let parsed = invocation.flags
    let (axis, rangeText) = try Self.axis(parsed)
    let scale =
      try parsed.value(of: Self.scale) ?? (axis == .services || axis == .vpcs ? .linear : .log)
    let count = try parsed.value(of: Self.points) ?? 50
    let range: SweepRange
    switch SweepRange.parse(rangeText, axis: axis, scale: scale) {
    case .success(let value): range = value
    case .failure(let problem): throw .usage("\(axis.field.flag) \(problem.message)")
    }
    let format = try parsed.value(of: Self.format) ?? .csv
    var input = WorkloadFlags.input(parsed)
    input[axis.field] = nil
    let catalog = try CommonFlags.catalog(parsed, invocation.environment)
    let sweep: SweepResult
    do {
      let table = try catalog.table(for: WorkloadParser.region(of: input))
      sweep = try Sweeper(calculator: CostCalculator(table: table)).sweep(
        input, axis: axis, range: range, points: count)
    } catch {
      throw CLIError(error)
    }
    let outputPath = try parsed.value(of: CommonFlags.output)
    let chartPath = try parsed.value(of: Self.chart)
    try CommonFlags.checkDistinct(output: outputPath, chart: chartPath)
    do {
      let output = try CommandOutput(path: outputPath)
      switch format {
      case .csv: try output.write(SweepRenderer.csv(sweep))
      case .json: try output.write(SweepRenderer.json(sweep))
      }
      var attachments: [CommandOutput] = []
      if let chartPath {
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
    let ranges = axes.compactMap { axis, field in
      parsed.text(of: WorkloadFlags.spec(field)).flatMap { $0.contains("..") ? (axis, $0) : nil }
    }
    guard ranges.count == 1, let range = ranges.first else {
      throw .usage(
        ranges.isEmpty
          ? "sweep needs one range: --gb FROM..TO, --invokes FROM..TO, --services FROM..TO or --vpcs FROM..TO"
          : "sweep varies one input at a time; give a range (FROM..TO) to only one of --gb, --invokes, --services, --vpcs"
      )
    }
    return range
  }
}
