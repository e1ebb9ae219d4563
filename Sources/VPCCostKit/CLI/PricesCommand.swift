/// `vpccost prices list|show|validate|import`: see, check and refresh the price tables.
public enum PricesCommand {
  static let subcommands = ["list", "show", "validate", "import"]

  static let listFlags: [FlagSpec] = [
    FlagSpec("--format", value: "FORMAT", "table (default), csv or json"),
    FlagSpec.pricesFlag,
    FlagSpec.helpFlag,
  ]

  /// Runs a `prices` subcommand.
  public static func run(_ arguments: [String]) throws(CLIError) -> CommandResult {
    guard let subcommand = arguments.first else { return try .text(HelpText.prices) }
    let rest = Array(arguments.dropFirst())
    switch subcommand {
    case "list": return try list(rest)
    case "show": return try show(rest)
    case "validate": return try validate(rest)
    case "import": return try ImportCommand.run(rest)
    case "--help", "help": return try .text(HelpText.prices)
    default:
      let hint = ClosestMatch.suggestion(for: subcommand, among: subcommands).map {
        "; did you mean '\($0)'?"
      }
      throw .usage(
        "unknown prices command '\(subcommand)'\(hint ?? "") (use list, show, validate or import)")
    }
  }

  static func list(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: listFlags, command: "prices list")
    if parsed.values["--help"] != nil { return try .text(HelpText.prices) }
    if let extra = parsed.positionals.first {
      throw .usage("unexpected argument '\(extra)' for 'prices list'")
    }
    let format = try CompareCommand.outputFormat(
      parsed.values["--format"], allowed: [.table, .csv, .json])
    let catalog = try CompareCommand.catalog(parsed.values["--prices"])
    var tables: [PriceTable] = []
    for region in catalog.regions {
      do { tables.append(try catalog.table(for: region)) } catch { throw .priceTable(error) }
    }
    return try .bytes(PriceListRenderer.list(tables, format: format))
  }

  static func show(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: listFlags, command: "prices show")
    if parsed.values["--help"] != nil { return try .text(HelpText.prices) }
    guard parsed.positionals.count == 1, let region = parsed.positionals.first else {
      throw .usage("prices show needs one REGION, such as vpccost prices show eu-west-1")
    }
    let format = try CompareCommand.outputFormat(
      parsed.values["--format"], allowed: [.table, .json])
    let catalog = try CompareCommand.catalog(parsed.values["--prices"])
    do {
      return try .bytes(PriceListRenderer.show(try catalog.table(for: region), format: format))
    } catch {
      throw CLIError(error)
    }
  }

  static func validate(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(
      arguments, flags: [FlagSpec.helpFlag],
      command: "prices validate")
    if parsed.values["--help"] != nil { return try .text(HelpText.prices) }
    let (count, problems) = PriceTableChecker.check(paths: parsed.positionals)
    guard problems.isEmpty else { throw .problems(problems.map(\.description)) }
    let source = parsed.positionals.isEmpty ? "embedded " : ""
    return try .text("\(count) \(source)price table\(count == 1 ? "" : "s") valid\n")
  }
}
