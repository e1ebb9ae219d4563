import VPCCostCore
import VPCCostFormats

/// `vpccost compare`: the workload flags, their parsing into a workload, and the rendered
/// comparison.
package struct CompareCommand: Command {
  package let info = CommandInfo(
    name: "compare",
    summary: "compare the designs for one workload and recommend one",
    usage: ["compare [--invokes COUNT | --gb GB] [--azs N] [--services LIST] [flags]"],
    discussion:
      "Prices these designs line by line, and recommends one with its reasons and its break-even\n"
      + "(the hybrid designs only with --internet-gb; hub-endpoints and central-egress, shared\n"
      + "through a Transit Gateway, only with --vpcs 2 or more, which leaves out the single-AZ ones):\n"
      + HelpPage.wrap(DesignID.allCases.map(\.rawValue), indent: 2),
    flags: WorkloadFlags.all + [
      CompareCommand.format, CompareCommand.csvDetail, CommonFlags.output,
      CompareCommand.chart,
      CommonFlags.prices,
    ],
    epilogue: """
      UNITS
        SIZE is bytes, or a number with B, KB (1000), KiB (1024), MB, MiB, GB or GiB.
        --gb and every reported data volume use the billing GB of 2^30 bytes.

      EXIT STATUS
        0 ok, 64 bad command line, 65 malformed input data, 66 unreadable input file,
        70 internal error, 73 output file cannot be created, 74 output could not be written,
        141 the reader of standard output went away.
      """)

  static let format = CommonFlags.format(
    OutputFormat.self, help: "table (default), json, csv or markdown")
  static let csvDetail = Switch("--csv-detail", "with --format csv: one row per line item")
  static let chart = CommonFlags.chart(
    "also draw the designs as a stacked bar chart (SVG); the Markdown review embeds it")

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try invocation.expectNoPositionals(for: name)
    let parsed = invocation.flags
    let format = try parsed.value(of: Self.format) ?? .table
    let chartPath = try parsed.value(of: Self.chart)
    let csvDetail = parsed.isSet(Self.csvDetail)
    if csvDetail && format != .csv {
      throw .usage("--csv-detail goes with --format csv")
    }
    let comparison = try Self.comparison(parsed, invocation.environment)
    let outputPath = try parsed.value(of: CommonFlags.output)
    try CommonFlags.checkDistinct(output: outputPath, chart: chartPath)
    // Stale prices are a note on stderr and a warning in JSON and Markdown; unverified
    // figures are already among the comparison's warnings.
    let stale = PriceFreshness.note(
      for: comparison.priceTable, today: invocation.environment.today)
    let notes = [stale, PriceFreshness.unverifiedNote(for: comparison.priceTable)].compactMap {
      $0
    }
    let options = RenderOptions(
      csvDetail: csvDetail,
      chartPath: chartPath.map {
        RelativePath.link(to: $0, from: outputPath == "-" ? nil : outputPath)
      },
      generator: "vpccost \(CLI.version)",
      commandLine: ShellWords.commandLine(invocation.arguments),
      notes: stale.map { [$0] } ?? [])
    do {
      let output = try CommandOutput(path: outputPath)
      try output.write(format.render(comparison, options: options))
      var attachments: [CommandOutput] = []
      if let chartPath {
        let chart = try CommandOutput(path: chartPath)
        try chart.write(DesignChart.render(comparison))
        attachments.append(chart)
      }
      return CommandResult(output: output, notes: notes, attachments: attachments)
    } catch {
      throw .output(error)
    }
  }

  /// Builds the comparison from parsed flags: catalog, table, validated workload, calculator.
  static func comparison(
    _ parsed: ParsedFlags, _ environment: CLIEnvironment
  ) throws(CLIError) -> Comparison {
    let input = WorkloadFlags.input(parsed)
    let catalog = try CommonFlags.catalog(parsed, environment)
    do {
      let table = try catalog.table(for: WorkloadParser.region(of: input))
      let workload = try WorkloadParser.parse(input, table: table)
      return CostCalculator(table: table).compare(workload)
    } catch {
      throw CLIError(error)
    }
  }
}
