import VPCCostCore

/// Renders a comparison as a design-review section in GitHub-flavoured Markdown.
public enum MarkdownRenderer {
  /// The whole section: who wrote it and how to write it again, question and answer, inputs,
  /// costs (ruled-out designs marked), chart, reasons, break-even, assumptions, notes and a
  /// checklist for the recommended design.
  public static func render(_ comparison: Comparison, options: RenderOptions = RenderOptions())
    -> String
  {
    let workload = comparison.workload
    let choice = comparison.recommendation.choice
    var text =
      "## NAT gateway or PrivateLink: \(workload.region), \(workload.isOrganisation ? "\(workload.vpcs) VPCs x " : "")\(workload.azs) AZ\(workload.azs == 1 ? "" : "s"), \(workload.services.summary)\n\n"
    text += provenance(comparison, options: options)
    text +=
      workload.isOrganisation
      ? "**Question.** How should functions in \(workload.vpcs) VPCs of \(workload.region), \(workload.azs) AZ\(workload.azs == 1 ? "" : "s") each, reach \(workload.services.summary): through NAT gateways or interface VPC endpoints in every VPC, or shared from one VPC through a Transit Gateway?\n\n"
      : "**Question.** How should functions in \(workload.azs) AZ\(workload.azs == 1 ? "" : "s") of \(workload.region) reach \(workload.services.summary): through NAT gateways or through interface VPC endpoints (PrivateLink)?\n\n"
    text += "**Answer.** \(answer(choice))\n\n"
    text += inputs(comparison)
    text += costs(comparison)
    if let chartPath = options.chartPath {
      text += "![Monthly cost of each design](\(chartPath.replacing(" ", with: "%20")))\n\n"
    }
    text += section("Why", comparison.recommendation.reasons)
    text += section("Break-even", breakEvenLines(comparison))
    text += section("Assumptions", comparison.assumptions)
    let warnings = comparison.warnings + options.notes
    if !warnings.isEmpty { text += section("Warnings", warnings) }
    if !comparison.centralisationNotes.isEmpty {
      text += section("What centralising costs beyond money", comparison.centralisationNotes)
    }
    text += "### Checklist for `\(choice.design.rawValue)`\n\n"
    for item in DesignChecklist.items(for: choice.design, workload: workload) {
      text += "- [ ] \(item)\n"
    }
    return text
  }

  /// A comparison with a chart link and nothing else set (the earlier entry point).
  public static func render(_ comparison: Comparison, chartPath: String?) -> String {
    render(comparison, options: RenderOptions(chartPath: chartPath))
  }

  /// Who wrote the review, from which prices, and the command that writes it again.
  static func provenance(_ comparison: Comparison, options: RenderOptions) -> String {
    let table = comparison.priceTable
    var lines: [String] = []
    let prices =
      "the \(table.region) price table effective \(table.effectiveDate) (\(table.confidence.rawValue), \(MarkdownText.escaped(table.origin)))"
    lines.append("Written by \(options.generator ?? "vpccost") with \(prices).")
    for note in options.notes { lines.append("Note: \(MarkdownText.escaped(note))") }
    if let command = options.commandLine {
      lines.append("Reproduce: \(MarkdownText.code(command))")
    }
    return lines.map { "> \($0)\n" }.joined(separator: ">\n") + "\n"
  }

  /// The break-even section: the crossing in numbers, never a repeat of a reason's sentence.
  static func breakEvenLines(_ comparison: Comparison) -> [String] {
    let breakEven = comparison.breakEven
    var lines: [String] = []
    if let gigabytes = breakEven.gbPerMonth {
      lines.append(
        "Costs are equal at \(gigabytes.display(places: 2)) GB a month of AWS-service traffic\(comparison.workload.isOrganisation ? " per VPC" : "")"
          + (breakEven.invocationsPerMonth.map {
            " (\(DecimalText.grouped(String($0))) invocations)"
          } ?? "") + "; below and above it the recommendation flips.")
    } else {
      lines.append("No traffic up to 10^12 GB a month makes the costs equal: \(breakEven.summary)")
    }
    lines.append(
      "Most endpoint services for which PrivateLink stays cheaper at this traffic: \(breakEven.maxPrivateLinkServices)."
    )
    if let hub = breakEven.hub {
      lines.append(
        hub.vpcs.map {
          "Endpoints shared from a hub VPC cost no more than endpoints in every VPC from \($0) VPCs on."
        }
          ?? "Endpoints shared from a hub VPC cost more than endpoints in every VPC at any count up to 10,000 VPCs."
      )
      lines.append(
        "With \(comparison.workload.vpcs) VPCs the hub costs no more up to: \(HubLimitText.describe(hub.limit)) of AWS-service traffic per VPC."
      )
    }
    return lines
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
        " (\(DecimalText.grouped(String(invocations))) invocations x \(DataSize.describe(workload.bytesPerInvocation)): request \(DataSize.describe(workload.requestBytes)), response \(DataSize.describe(workload.responseBytes)), overhead \(DataSize.describe(workload.overheadBytes)))"
    }
    var rows = [
      ("Region", "\(workload.region) (\(table.location))"),
      ("Availability Zones", "\(workload.azs)\(workload.isOrganisation ? " in each VPC" : "")"),
      ("AWS-service traffic, both directions", traffic),
      ("Services behind endpoints", workload.services.summary),
    ]
    if let preset = workload.preset {
      rows.append(("Preset", "`\(preset.rawValue)` (\(preset.source))"))
    }
    if workload.isOrganisation {
      rows.append(("Spoke VPCs (traffic above is per VPC)", "\(workload.vpcs)"))
      rows.append(
        (
          "Transit Gateway attachments",
          workload.tgwExisting
            ? "exist already (not priced)" : "\(workload.vpcs + 1), priced in the shared designs"
        ))
    }
    let volumes: [(String, Quantity)] = [
      ("Internet traffic (needs a NAT gateway)", workload.internetGB),
      ("S3 traffic (free gateway endpoint)", workload.s3GB),
      ("DynamoDB traffic (free gateway endpoint)", workload.dynamoDBGB),
    ]
    for (name, gigabytes) in volumes where gigabytes > .zero {
      rows.append((name, "\(gigabytes.display(places: 2)) GB a month"))
    }
    rows += [
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

  /// The cost categories with a column: the four every design has, and internet egress and
  /// gateway endpoints when the workload has that traffic.
  static func columns(_ comparison: Comparison) -> [(title: String, cost: (DesignCost) -> Money)] {
    var columns: [(String, (DesignCost) -> Money)] = [
      ("Hourly", { $0.cost(of: .hourly) }), ("Data", { $0.cost(of: .data) }),
      ("Cross-AZ", { $0.cost(of: .crossAZ) }), ("Public IPv4", { $0.cost(of: .publicIPv4) }),
    ]
    if comparison.designs.contains(where: { $0.cost(of: .internetEgress) > .zero }) {
      columns.append(("Internet egress", { $0.cost(of: .internetEgress) }))
    }
    if comparison.workload.gatewayEndpointGB > .zero {
      columns.append(
        (
          "Gateway endpoints",
          { design in
            design.lineItems.filter { $0.id == .gatewayEndpoint }.reduce(.zero) { $0 + $1.cost }
          }
        ))
    }
    return columns
  }

  static func costs(_ comparison: Comparison) -> String {
    let recommended = comparison.recommendation.choice.design
    let columns = columns(comparison)
    var text = "### Monthly cost\n\n"
    text += "| Design | " + columns.map(\.title).joined(separator: " | ") + " | Monthly |\n"
    text += "|---|" + String(repeating: "--:|", count: columns.count) + "--:|\n"
    for design in comparison.designs {
      let isRecommended = design.design == recommended
      var name =
        "`\(design.design.rawValue)` \(design.design.title)"
        + (isRecommended ? " (recommended)" : "")
      if let reason = design.infeasibleReason { name += ": **not feasible**, \(reason)" }
      let total =
        design.isFeasible
        ? design.monthlyCost.dollars : "~~\(design.monthlyCost.dollars)~~ not feasible"
      let figures = columns.map { $0.cost(design).dollars }.joined(separator: " | ")
      text +=
        "| \(isRecommended ? "**\(cell(name))**" : cell(name)) | \(figures) | \(isRecommended ? "**\(total)**" : total) |\n"
    }
    text +=
      "\nEach figure is rounded to the cent on its own, from exact amounts; a row's figures may add up to its total give or take a cent.\n"
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
