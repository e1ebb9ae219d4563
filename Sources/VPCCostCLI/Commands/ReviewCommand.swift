import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// `vpccost review TEMPLATE`: the design a SAM/CloudFormation template builds, its cost, and
/// its problems, each with its resource and line.
package struct ReviewCommand: Command {
  package let info = CommandInfo(
    name: "review",
    summary: "the design a template builds, its cost, and its problems",
    usage: ["review TEMPLATE [workload flags] [--format table|json|markdown]"],
    discussion: """
      Reads a SAM or CloudFormation template, names the egress design it builds (with its AZs
      and services), prices it and the alternatives for the workload, and lists what will break
      or cost too much, each finding with its severity, resource and line.
      The template's AZ count and endpoint services fill --azs and --services unless given.
      """,
    flags: WorkloadFlags.all + [
      ReviewCommand.format.spec, CommonFlags.output.spec, CommonFlags.prices.spec,
    ])

  static let format = CommonFlags.format(
    [.table, .json, .markdown], help: "table (default), json or markdown")

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let path = try invocation.onePositional(
      "TEMPLATE", for: name,
      missing: "review needs one TEMPLATE (SAM or CloudFormation, YAML or JSON)")
    let parsed = invocation.flags
    let format = try parsed.value(of: Self.format) ?? .table
    let template = try CFNJSONCommand.readTemplate(path)
    let catalog = try CommonFlags.catalog(parsed)
    let review: TemplateReview
    do {
      review = try TemplateReview.review(
        template, input: WorkloadFlags.input(parsed), catalog: catalog)
    } catch {
      throw CLIError(error)
    }
    let outputPath = try parsed.value(of: CommonFlags.output)
    do {
      let output = try CommandOutput(path: outputPath)
      try output.write(ReviewRenderer.render(review, path: path, format: format))
      return CommandResult(output: output)
    } catch {
      throw .output(error)
    }
  }
}
