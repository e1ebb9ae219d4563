/// `vpccost review TEMPLATE`: the design a SAM/CloudFormation template builds, its cost, and
/// its problems, each with its resource and line.
public enum ReviewCommand {
  static let flags: [FlagSpec] =
    CompareCommand.workloadFlags + [
      FlagSpec("--format", value: "FORMAT", "table (default), json or markdown"),
      FlagSpec.outputFlag,
      FlagSpec.pricesFlag,
      FlagSpec.helpFlag,
    ]

  /// Reads the template, reviews it for the workload and renders the review.
  public static func run(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "review")
    if parsed.values["--help"] != nil { return try .text(HelpText.review) }
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw .usage("review needs one TEMPLATE (SAM or CloudFormation, YAML or JSON)")
    }
    let format = try CompareCommand.outputFormat(
      parsed.values["--format"], allowed: [.table, .json, .markdown])
    let template = try CFNJSONCommand.readTemplate(path)
    let catalog = try CompareCommand.catalog(parsed.values["--prices"])
    let review: TemplateReview
    do {
      review = try TemplateReview.review(
        template, input: CompareCommand.workloadInput(parsed), catalog: catalog)
    } catch {
      throw CLIError(error)
    }
    do {
      let output = try CommandOutput(path: parsed.values["--output"])
      try output.write(ReviewRenderer.render(review, path: path, format: format))
      return CommandResult(output: output)
    } catch {
      throw .output(error)
    }
  }
}
