import VPCCostCore

/// Renders a comparison as a design-review section in GitHub-flavoured Markdown.
public enum MarkdownRenderer {
  /// The whole section: question and answer, inputs, costs, reasons, break-even, assumptions
  /// and a checklist for the recommended design; `chartPath` embeds a chart when given.
  public static func render(_ comparison: Comparison, chartPath: String? = nil) -> String {
    let workload = comparison.workload
    let choice = comparison.recommendation.choice
    var text =
      "## NAT gateway or PrivateLink: \(workload.region), \(workload.azs) AZ\(workload.azs == 1 ? "" : "s"), \(workload.services.summary)\n\n"
    text +=
      "**Question.** How should functions in \(workload.azs) AZ\(workload.azs == 1 ? "" : "s") of \(workload.region) reach \(workload.services.summary): through NAT gateways or through interface VPC endpoints (PrivateLink)?\n\n"
    text += "**Answer.** \(answer(choice))\n\n"
    text += inputs(comparison)
    text += costs(comparison)
    if let chartPath { text += "![Monthly cost of each design](\(chartPath))\n\n" }
    text += section("Why", comparison.recommendation.reasons)
    text += section(
      "Break-even",
      [comparison.breakEven.summary]
        + (comparison.breakEven.gbPerMonth == nil
          ? [] : ["Below and above that traffic the recommendation flips."]))
    text += section("Assumptions", comparison.assumptions)
    if !comparison.warnings.isEmpty { text += section("Warnings", comparison.warnings) }
    text += "### Checklist for `\(choice.design.rawValue)`\n\n"
    for item in DesignChecklist.items(for: choice.design, workload: workload) {
      text += "- [ ] \(item)\n"
    }
    return text
  }

  static func answer(_ choice: RecommendationChoice) -> String {
    if choice.decidedByTie {
      return
        "\(choice.design.shortName) (`\(choice.design.rawValue)`), at \(choice.monthlyCost.dollars) a month, the same as \(choice.alternative.shortName); PrivateLink wins the tie."
    }
    return
      "\(choice.design.shortName) (`\(choice.design.rawValue)`), at \(choice.monthlyCost.dollars) a month: \(choice.monthlySavings.dollars) a month less than \(choice.alternative.shortName) (\(choice.alternativeCost.dollars))."
  }

  static func inputs(_ comparison: Comparison) -> String {
    let workload = comparison.workload
    let table = comparison.priceTable
    var traffic = "\(workload.gbPerMonth.display(places: 2)) GB a month"
    if let invocations = workload.invocations {
      traffic +=
        " (\(DecimalText.grouped(String(invocations))) invocations x \(DataSize.describe(workload.bytesPerInvocation)))"
    }
    let rows = [
      ("Region", "\(workload.region) (\(table.location))"),
      ("Availability Zones", "\(workload.azs)"),
      ("Traffic, both directions", traffic),
      ("Services behind endpoints", workload.services.summary),
      ("Hours in the month", "\(workload.hours)"),
      (
        "Single-AZ designs",
        workload.allowSingleAZ || workload.azs == 1 ? "candidates" : "not candidates (production)"
      ),
      (
        "Prices",
        "\(table.currency), effective \(table.effectiveDate), \(table.confidence.rawValue) (\(table.origin))"
      ),
    ]
    var text = "### Inputs\n\n| Input | Value |\n|---|---|\n"
    for (name, value) in rows { text += "| \(name) | \(cell(value)) |\n" }
    return text + "\n"
  }

  static func costs(_ comparison: Comparison) -> String {
    let recommended = comparison.recommendation.choice.design
    var text = "### Monthly cost\n\n"
    text += "| Design | Hourly | Data | Cross-AZ | Public IPv4 | Monthly |\n"
    text += "|---|--:|--:|--:|--:|--:|\n"
    for design in comparison.designs {
      let isRecommended = design.design == recommended
      let name =
        "`\(design.design.rawValue)` \(design.design.title)"
        + (isRecommended ? " (recommended)" : "")
      let total = design.monthlyCost.dollars
      text +=
        "| \(isRecommended ? "**\(cell(name))**" : cell(name)) | \(design.cost(of: .hourly).dollars) | \(design.cost(of: .data).dollars) | \(design.cost(of: .crossAZ).dollars) | \(design.cost(of: .publicIPv4).dollars) | \(isRecommended ? "**\(total)**" : total) |\n"
    }
    return text + "\n"
  }

  static func section(_ title: String, _ lines: [String]) -> String {
    "### \(title)\n\n" + lines.map { "- \($0)\n" }.joined() + "\n"
  }

  /// Text safe inside a table cell: pipes escaped, line breaks folded.
  public static func cell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\n", with: " ")
  }
}
