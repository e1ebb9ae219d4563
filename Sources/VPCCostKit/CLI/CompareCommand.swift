/// `vpccost compare`: the flags, their parsing into a workload, and the rendered comparison.
public enum CompareCommand {
  /// Every flag `compare` accepts; help and parsing both read this table.
  public static let flags: [FlagSpec] =
    workloadFlags + [
      FlagSpec("--format", value: "FORMAT", "table (default), json, csv or markdown"),
      FlagSpec("--csv-detail", value: nil, "with --format csv: one row per line item"),
      FlagSpec.outputFlag,
      FlagSpec(
        "--chart", value: "FILE.svg",
        "also draw the designs as a stacked bar chart (SVG); the Markdown review embeds it"),
      FlagSpec.pricesFlag,
      FlagSpec.helpFlag,
    ]

  /// The flags that describe a workload, shared by `compare` and `sweep`.
  public static let workloadFlags: [FlagSpec] = [
    FlagSpec("--region", value: "CODE", "AWS region code (default us-east-1)"),
    FlagSpec("--azs", value: "N", "Availability Zones the functions run in (default 2)"),
    FlagSpec(
      "--invokes", value: "COUNT",
      "invocations a month: 1e6, 1000000 or 1_000_000 (default 1e6)"),
    FlagSpec(
      "--gb", value: "GB",
      "GB a month through the egress path, both directions (1 GB = 2^30 bytes); instead of --invokes"
    ),
    FlagSpec("--request-size", value: "SIZE", "request payload per invocation (default 1KiB)"),
    FlagSpec("--response-size", value: "SIZE", "response payload per invocation (default 1KiB)"),
    FlagSpec(
      "--overhead-size", value: "SIZE",
      "headers, SigV4, session token and TLS framing per invocation (default 2KiB)"),
    FlagSpec(
      "--services", value: "LIST|N",
      "services behind interface endpoints: lambda,sts,... or a count (default lambda)"),
    FlagSpec("--hours", value: "H", "hours in the month, 1 to 744 (default 730)"),
    FlagSpec(
      "--internet-gb", value: "GB",
      "GB a month to the internet (third-party APIs): needs a NAT gateway; adds hybrid designs"),
    FlagSpec("--s3-gb", value: "GB", "GB a month to S3, through free gateway endpoints"),
    FlagSpec(
      "--dynamodb-gb", value: "GB", "GB a month to DynamoDB, through free gateway endpoints"),
    FlagSpec(
      "--allow-single-az", value: nil,
      "let single-AZ designs be recommended with 2 or more AZs (dev and test)"),
  ]

  /// The workload field each flag fills.
  static let fieldsByFlag: [String: WorkloadField] = Dictionary(
    uniqueKeysWithValues: WorkloadField.allCases.map { ($0.flag, $0) })

  /// Parses the arguments after `compare`, runs the comparison and renders it.
  public static func run(
    _ arguments: [String], environment: CLIEnvironment = .live
  ) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "compare")
    if parsed.values["--help"] != nil { return try .text(HelpText.compare) }
    if let extra = parsed.positionals.first {
      throw .usage("unexpected argument '\(extra)' for 'compare' (flags take the form --azs 2)")
    }
    let format = try outputFormat(parsed.values["--format"])
    let chartPath = parsed.values["--chart"]
    let options = RenderOptions(
      csvDetail: parsed.values["--csv-detail"] != nil, chartPath: chartPath)
    if options.csvDetail && format != .csv {
      throw .usage("--csv-detail goes with --format csv")
    }
    let comparison = try comparison(parsed)
    do {
      let output = try CommandOutput(path: parsed.values["--output"])
      try output.write(format.render(comparison, options: options))
      var attachments: [CommandOutput] = []
      if let chartPath {
        let chart = try CommandOutput(path: chartPath)
        try chart.write(DesignChart.render(comparison))
        attachments.append(chart)
      }
      let notes = [
        PriceFreshness.note(for: comparison.priceTable, today: environment.today),
        PriceFreshness.unverifiedNote(for: comparison.priceTable),
      ].compactMap { $0 }
      return CommandResult(output: output, notes: notes, attachments: attachments)
    } catch {
      throw .output(error)
    }
  }

  /// Builds the comparison from parsed flags: catalog, table, validated workload, calculator.
  static func comparison(_ parsed: ParsedFlags) throws(CLIError) -> Comparison {
    let input = workloadInput(parsed)
    let catalog = try catalog(parsed.values["--prices"])
    do {
      let table = try catalog.table(for: WorkloadParser.region(of: input))
      let workload = try WorkloadParser.parse(input, table: table)
      return CostCalculator(table: table).compare(workload)
    } catch {
      throw CLIError(error)
    }
  }

  /// The workload fields given as flags.
  static func workloadInput(_ parsed: ParsedFlags) -> WorkloadInput {
    var input = WorkloadInput()
    for (flag, value) in parsed.values {
      if let field = fieldsByFlag[flag] { input[field] = value }
    }
    return input
  }

  /// The embedded tables, or those of `--prices PATH`.
  static func catalog(_ path: String?) throws(CLIError) -> PriceCatalog {
    guard let path else { return .embedded }
    do { return try PriceCatalog.load(path: path) } catch { throw .priceTable(error) }
  }

  static func outputFormat(
    _ text: String?, allowed: [OutputFormat] = OutputFormat.allCases,
    default fallback: OutputFormat = .table
  ) throws(CLIError) -> OutputFormat {
    guard let text else { return fallback }
    guard let format = OutputFormat(rawValue: text), allowed.contains(format) else {
      let known = allowed.map(\.rawValue)
      let hint = ClosestMatch.suggestion(for: text, among: known).map { "; did you mean \($0)?" }
      throw .usage(
        "--format '\(text)' is not a format here; use \(known.joined(separator: ", "))\(hint ?? "")"
      )
    }
    return format
  }
}
