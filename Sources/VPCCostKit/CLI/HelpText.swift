/// The help screens: an overview, and one per command generated from its flag table.
public enum HelpText {
  /// `vpccost --help`.
  public static let overview = """
    vpccost \(CLI.version): NAT gateway or PrivateLink? Monthly cost of the ways a private subnet
    reaches AWS services, line by line, with a recommendation and its break-even.

    USAGE
      vpccost compare [flags]      compare the four designs for a workload
      vpccost help compare         every flag of compare
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
    let width = CompareCommand.flags.map { flagLabel($0).count }.max() ?? 0
    for flag in CompareCommand.flags {
      let label = flagLabel(flag)
      text += "  " + label + String(repeating: " ", count: width - label.count + 2) + flag.help
      text += "\n"
    }
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

  /// The help for a topic named after `help`.
  static func topic(_ name: String?) throws(CLIError) -> String {
    switch name {
    case nil: return overview
    case "compare": return compare
    case let name?:
      let hint = ClosestMatch.suggestion(for: name, among: CLI.commands).map {
        "; did you mean '\($0)'?"
      }
      throw .usage(
        "no help for '\(name)'\(hint ?? "") (commands: \(CLI.commands.joined(separator: ", ")))")
    }
  }

  private static func flagLabel(_ flag: FlagSpec) -> String {
    flag.valueName.map { "\(flag.name) \($0)" } ?? flag.name
  }
}
