/// The help screens: an overview, and one per command generated from its flag table.
public enum HelpText {
  /// `vpccost --help`.
  public static let overview = """
    vpccost \(CLI.version): NAT gateway or PrivateLink? Monthly cost of the ways a private subnet
    reaches AWS services, line by line, with a recommendation and its break-even.

    USAGE
      vpccost compare [flags]      compare the four designs for a workload
      vpccost sweep [flags]        price the designs over a range of traffic or services
      vpccost batch FILE [flags]   compare many named workloads from CSV or JSON
      vpccost prices list|show|validate|import   see, check and refresh the price tables
      vpccost cfn-json TEMPLATE    a SAM/CloudFormation template as JSON, long-form functions
      vpccost review TEMPLATE      the design a template builds, its cost, and its problems
      vpccost template --design ID a SAM/CloudFormation fragment for a design
      vpccost help compare         every flag of compare (also: help batch)
      vpccost --version            print the version

    EXAMPLE
      vpccost compare --invokes 1e6 --azs 2 --services lambda,sts
      vpccost compare --gb 500 --region eu-west-1 --format json

    Prices are embedded in the binary (see PriceTables/); vpccost never uses the network.

    """

  /// `vpccost help compare` and `vpccost compare --help`.
  public static let compare: String = {
    var text = """
      vpccost compare: price nat-single-az, nat-per-az, privatelink-single-az and
      privatelink-per-az for one workload and recommend one.

      USAGE
        vpccost compare [--invokes COUNT | --gb GB] [--azs N] [--services LIST] [flags]

      FLAGS

      """
    text += flagTable(CompareCommand.flags)
    text += """

      UNITS
        SIZE is bytes, or a number with B, KB (1000), KiB (1024), MB, MiB, GB or GiB.
        --gb and every reported data volume use the billing GB of 2^30 bytes.

      EXIT STATUS
        0 ok, 64 bad command line, 65 malformed price table, 66 unreadable input file,
        70 internal error, 73 output file cannot be created.

      """
    return text
  }()

  /// `vpccost help batch` and `vpccost batch --help`.
  public static let batch: String = {
    var text = """
      vpccost batch: compare many named workloads at once, streaming, in constant memory.

      USAGE
        vpccost batch FILE [--format csv|json] [--summary] [--output FILE]

      FILE is CSV with a header row, or a JSON array of objects; - reads standard input.
      Columns (only name is required; the others default as in compare):
        \(BatchColumns.all.joined(separator: ", "))
      services are separated by ';' or spaces (or given as a count); sizes take units as in
      compare. A bad row stops the run with exit 65 naming the row, the column and the problem,
      and nothing is written.

      FLAGS

      """
    text += flagTable(BatchCommand.flags)
    return text
  }()

  /// `vpccost help sweep` and `vpccost sweep --help`.
  public static let sweep: String = {
    var text = """
      vpccost sweep: price every design over a range of one input, to see where NAT and
      PrivateLink cross.

      USAGE
        vpccost sweep --gb FROM..TO | --invokes FROM..TO | --services FROM..TO [flags]

      Output: CSV (one row per point: the varying value, each design's monthly cost, the
      recommended design) or JSON; --chart draws an SVG line chart with the break-even marked.
      Log-scale points are rounded to 4 significant digits; every cost is exact.

      FLAGS

      """
    text += flagTable(SweepCommand.flags)
    return text
  }()

  /// `vpccost help prices`.
  public static let prices = """
    vpccost prices: see, check and refresh the price tables.

    USAGE
      vpccost prices list [--format table|csv|json] [--prices PATH]
      vpccost prices show REGION [--format table|json] [--prices PATH]
      vpccost prices validate [PATH ...]
      vpccost prices import OFFER-FILE ... --output-dir DIR

    list      every region: AZs, NAT per hour and per GB, endpoint per AZ-hour, date, confidence
    show      every price of one region with its unit and confidence
    validate  the embedded tables, or the table files and folders given: one line per problem
              (file and key), exit 65 when there is any
    import    reads AWS Price List offer files (AmazonEC2, AmazonVPC, AWSDataTransfer; JSON or
              CSV, recognised by content), streaming, and writes or updates one table per
              region in DIR, printing each price that changed. Run it on PriceTables/ and then
              'swift run generate-embedded-tables' to refresh the embedded prices.

    """

  /// `vpccost help cfn-json`.
  public static let cfnJSON = """
    vpccost cfn-json: prints a CloudFormation or SAM template (YAML or JSON) as JSON, with
    short-form intrinsic functions in their long form (!Ref X -> {"Ref": "X"}), scalars typed
    as CloudFormation's YAML readers type them. Errors name the line and column.

    USAGE
      vpccost cfn-json TEMPLATE [--output FILE]

    """

  /// `vpccost help review`.
  public static let review: String = {
    var text = """
      vpccost review: reads a SAM or CloudFormation template, names the egress design it builds
      (with its AZs and services), prices it and the alternatives for the workload, and lists
      what will break or cost too much, each finding with its severity, resource and line.
      The template's AZ count and endpoint services fill --azs and --services unless given.

      USAGE
        vpccost review TEMPLATE [workload flags] [--format table|json|markdown]

      FLAGS

      """
    text += flagTable(ReviewCommand.flags)
    return text
  }()

  /// `vpccost help template`.
  public static let templateHelp: String = {
    var text = """
      vpccost template: writes a SAM/CloudFormation fragment for a design, as a review wants it:
      private subnets per AZ as parameters; interface endpoints with private DNS, an ENI per AZ
      and a security group allowing 443 from the functions' security group; or NAT gateways
      with Elastic IPs and per-AZ routes; and an execution role with AWSLambdaVPCAccessExecutionRole
      and lambda:InvokeFunction on the target function only.

      USAGE
        vpccost template --design ID [--azs N] [--services LIST] [--format yaml|json]

      FLAGS

      """
    text += flagTable(TemplateCommand.flags)
    return text
  }()

  /// The help for a topic named after `help`.
  static func topic(_ name: String?) throws(CLIError) -> String {
    switch name {
    case nil: return overview
    case "compare": return compare
    case "batch": return batch
    case "sweep": return sweep
    case "prices": return prices
    case "cfn-json": return cfnJSON
    case "review": return review
    case "template": return templateHelp
    case let name?:
      let hint = ClosestMatch.suggestion(for: name, among: CLI.commands).map {
        "; did you mean '\($0)'?"
      }
      throw .usage(
        "no help for '\(name)'\(hint ?? "") (commands: \(CLI.commands.joined(separator: ", ")))")
    }
  }

  /// Aligned lines of flags and their help.
  static func flagTable(_ flags: [FlagSpec]) -> String {
    let width = flags.map { flagLabel($0).count }.max() ?? 0
    return flags.map { flag in
      let label = flagLabel(flag)
      return "  " + label + String(repeating: " ", count: width - label.count + 2) + flag.help
        + "\n"
    }.joined()
  }

  private static func flagLabel(_ flag: FlagSpec) -> String {
    flag.valueName.map { "\(flag.name) \($0)" } ?? flag.name
  }
}
