/// `vpccost compare`: the flags, their parsing into a workload, and the rendered comparison.
public enum CompareCommand {
  /// Every flag `compare` accepts; help and parsing both read this table.
  public static let flags: [FlagSpec] = [
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
      "--allow-single-az", value: nil,
      "let single-AZ designs be recommended with 2 or more AZs (dev and test)"),
    FlagSpec("--format", value: "FORMAT", "table (default) or json"),
    FlagSpec(
      "--prices", value: "PATH", "price table file or folder to use instead of the embedded ones"),
    FlagSpec("--help", value: nil, "show this help"),
  ]

  /// The workload field each flag fills.
  static let fieldsByFlag: [String: WorkloadField] = Dictionary(
    uniqueKeysWithValues: WorkloadField.allCases.map { ($0.flag, $0) })

  /// Parses the arguments after `compare`, runs the comparison and renders it.
  public static func run(_ arguments: [String]) throws(CLIError) -> String {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "compare")
    if parsed.values["--help"] != nil { return HelpText.compare }
    if let extra = parsed.positionals.first {
      throw .usage("unexpected argument '\(extra)' for 'compare' (flags take the form --azs 2)")
    }
    let format = try outputFormat(parsed.values["--format"])
    let comparison = try comparison(parsed)
    return format.render(comparison)
  }

  /// Builds the comparison from parsed flags: catalog, table, validated workload, calculator.
  static func comparison(_ parsed: ParsedFlags) throws(CLIError) -> Comparison {
    var input = WorkloadInput()
    for (flag, value) in parsed.values {
      if let field = fieldsByFlag[flag] { input[field] = value }
    }
    do {
      let catalog = try parsed.values["--prices"].map(PriceCatalog.load) ?? .embedded
      let table = try catalog.table(for: WorkloadParser.region(of: input))
      let workload = try WorkloadParser.parse(input, table: table)
      return CostCalculator(table: table).compare(workload)
    } catch let error as PriceTableError {
      throw .priceTable(error)
    } catch let error as WorkloadError {
      throw .workload(error)
    } catch {
      throw .usage("\(error)")
    }
  }

  static func outputFormat(_ text: String?) throws(CLIError) -> OutputFormat {
    guard let text else { return .table }
    guard let format = OutputFormat(rawValue: text) else {
      let known = OutputFormat.allCases.map(\.rawValue)
      let hint = ClosestMatch.suggestion(for: text, among: known).map { "; did you mean \($0)?" }
      throw .usage(
        "--format '\(text)' is not a format; use \(known.joined(separator: " or "))\(hint ?? "")")
    }
    return format
  }
}
