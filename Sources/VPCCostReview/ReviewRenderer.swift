import VPCCostCore
import VPCCostFormats

/// Renders a template review as a table, JSON or a Markdown design-review section.
package enum ReviewRenderer {
  /// The review in a format; `path` is shown in the table and Markdown, `uri` names the
  /// template in SARIF (relative to the repository), `toolVersion` is vpccost's.
  package static func render(
    _ review: TemplateReview, path: String, format: ReviewFormat,
    options: RenderOptions = RenderOptions(), uri: String? = nil, toolVersion: String = ""
  ) -> [UInt8] {
    switch format {
    case .table: return Array(table(review, path: path).utf8)
    case .json: return Array(json(review, notes: options.notes).serialized().utf8)
    case .markdown: return Array(markdown(review, path: path, options: options).utf8)
    case .sarif:
      let document = ReviewSARIF.document(review, uri: uri ?? path, toolVersion: toolVersion)
      return Array(document.serialized().utf8)
    }
  }

  static func designLine(_ review: TemplateReview) -> String {
    if review.comparesNothing && review.networkFixedCost == nil {
      return
        "no Lambda function in a VPC, and no NAT gateway or interface endpoint: there is nothing to compare"
    }
    guard let design = review.design else {
      if let way = review.unpricedWayOut {
        return "\(way) as the functions' way out, which vpccost does not price"
      }
      if review.networkOutside {
        return
          "functions that run in subnets defined outside this template: their network's way out is not reviewed"
      }
      return "no way out of the VPC for its functions (no NAT gateway, no interface endpoint)"
    }
    let services =
      review.services.isEmpty
      ? ""
      : ", \(review.services.count) service\(review.services.count == 1 ? "" : "s") (\(review.services.joined(separator: ", ")))"
    let gateways =
      review.gatewayEndpoints.isEmpty
      ? "" : ", gateway endpoints \(review.gatewayEndpoints.joined(separator: ", "))"
    let azs =
      review.azsKnown
      ? "\(review.azs) AZ\(review.azs == 1 ? "" : "s")"
      : review.azsAtMost.map { "at most \($0) AZs (the template does not show its subnets' AZs)" }
        ?? "an AZ count the template does not show"
    return "\(design.rawValue) (\(design.shortName)) in \(azs)\(services)\(gateways)"
  }

  static func costLine(_ review: TemplateReview) -> String {
    if let fixed = review.networkFixedCost {
      return
        "No function in a VPC: this is a network review. Its way out costs \(fixed.dollars) a month before any traffic; give a workload (--invokes, --gb, --services or --preset) to compare the designs."
    }
    if review.comparesNothing {
      return "No costs are compared: give a template whose functions have a VpcConfig."
    }
    if let perService = review.perService {
      guard let design = review.design, design.technology == .nat,
        let cost = review.comparison.cost(of: design)
      else { return perService.summary }
      return "It costs \(cost.monthlyCost.dollars) a month for this workload. \(perService.summary)"
    }
    let choice = review.comparison.recommendation.choice
    guard let design = review.design, let cost = review.comparison.cost(of: design) else {
      return
        "Recommended for this workload: \(choice.design.rawValue) at \(choice.monthlyCost.dollars) a month."
    }
    if design == choice.design {
      return
        "It costs \(cost.monthlyCost.dollars) a month for this workload, and it is the recommended design (\(choice.alternative.rawValue): \(choice.alternativeCost.dollars))."
    }
    let difference = cost.monthlyCost - choice.monthlyCost
    guard difference < .zero else {
      return
        "It costs \(cost.monthlyCost.dollars) a month for this workload; \(choice.design.rawValue) would cost \(choice.monthlyCost.dollars) (\(difference.dollars) less)."
    }
    // The template's design is cheaper but may not be recommended: say why, with the sign right.
    let reason =
      cost.infeasibleReason.map { "it cannot carry the workload: \($0)" }
      ?? (design.layout == .singleAZ
        ? "single-AZ designs are not candidates with \(review.azs) AZs (--allow-single-az admits them)"
        : "it is not a candidate for this workload")
    return
      "It costs \(cost.monthlyCost.dollars) a month for this workload, and \(choice.design.rawValue) would cost \(choice.monthlyCost.dollars) (\((Money.zero - difference).dollars) more); \(design.rawValue) is not recommended because \(reason)."
  }

  static func table(_ review: TemplateReview, path: String) -> String {
    // What the template says is shown, never sent to the terminal: control characters in an
    // id or a name are escapes.
    let visible = VisibleText.escaped
    var text =
      "Review of \(visible(path))\nRead from the template: \(visible(review.report.summary))\nThe template builds: \(visible(designLine(review)))\n\(visible(costLine(review)))\n"
    if let note = review.internetNote { text += visible(note) + "\n" }
    for note in review.assumptions { text += "Assumed: \(visible(note)).\n" }
    text += "\nFindings (\(review.findings.count))\n"
    var rows = TextTable(alignments: [.left, .left, .right, .left])
    rows.add(["SEVERITY", "RESOURCE", "LINE", "FINDING"])
    for finding in review.findings {
      rows.add([finding.severity.rawValue, finding.resource, String(finding.line), finding.message])
    }
    text += review.findings.isEmpty ? "  none: nothing to fix\n" : rows.render()
    if review.comparesNothing { return text }
    if let perService = review.perService {
      return text + "\n" + perServiceTable(perService, comparison: review.comparison)
    }
    return text + "\n" + TableRenderer.render(review.comparison)
  }

  /// The designs when the services are not known: the NAT designs in full, the endpoint
  /// design per service, the break-even service count.
  static func perServiceTable(_ perService: PerServicePricing, comparison: Comparison) -> String {
    var text = TableRenderer.header(comparison, services: "services not known")
    text += "\n" + TableRenderer.designTable(perService.natDesigns, recommended: nil) + "\n"
    text +=
      "\(perService.endpointDesign.rawValue): \(perService.costBeforeServices.dollars) a month plus \(perService.costPerService.dollars) for each service; \(perService.bound)\n"
    text += "\n" + TableRenderer.pricesLine(comparison.priceTable)
    return text
  }

  /// The designs when the services are not known, as a Markdown table.
  static func perServiceMarkdown(_ perService: PerServicePricing) -> String {
    var text = "### Designs (services not known)\n\n| Design | Monthly cost |\n|---|---:|\n"
    for design in perService.natDesigns {
      text += "| `\(design.design.rawValue)` | \(design.monthlyCost.dollars) |\n"
    }
    text +=
      "| `\(perService.endpointDesign.rawValue)` | \(perService.costBeforeServices.dollars) + \(perService.costPerService.dollars) per service |\n\n"
    return text
      + MarkdownText.escaped(perService.bound) + "; pass `--services` to compare them.\n"
  }

  /// The per-service pricing in the JSON (`perService`).
  static func perServiceJSON(_ perService: PerServicePricing) -> JSONValue {
    .object([
      ("natDesigns", .array(perService.natDesigns.map(ComparisonJSON.design))),
      ("natDesign", .string(perService.natDesign.rawValue)),
      ("endpointDesign", .string(perService.endpointDesign.rawValue)),
      ("endpointCostBeforeServices", .string(perService.costBeforeServices.decimalString)),
      ("endpointCostPerService", .string(perService.costPerService.decimalString)),
      ("maxPrivateLinkServices", .integer(perService.maxServices)),
      ("summary", .string(perService.summary)),
    ])
  }

  /// The version of the review's JSON: 2 since it holds `network`, `design.functions`,
  /// `design.usedServices`, `design.azsAtMost` and `design.priced` (issue 23).
  package static let schemaVersion = 2

  static func json(_ review: TemplateReview, notes: [String] = []) -> JSONValue {
    .object([
      ("schemaVersion", .integer(schemaVersion)),
      (
        "design",
        .object([
          ("id", .optional(review.designID)),
          ("priced", .bool(review.design != nil)),
          ("fixedMonthlyCost", .optional(review.networkFixedCost?.decimalString)),
          ("functions", .integer(review.report.functions.count)),
          ("usedServices", .array(review.report.usedServices.map(NetworkReportJSON.usedService))),
          ("azs", review.azsKnown ? .integer(review.azs) : .null),
          ("azsAtMost", review.azsAtMost.map(JSONValue.integer) ?? .null),
          ("services", .array(review.services.map(JSONValue.string))),
          ("servicesKnown", .bool(review.perService == nil)),
          ("gatewayEndpoints", .array(review.gatewayEndpoints.map(JSONValue.string))),
          ("internetNote", .optional(review.internetNote)),
          ("assumptions", .array(review.assumptions.map(JSONValue.string))),
        ])
      ),
      ("network", NetworkReportJSON.network(review.report)),
      (
        "findings",
        .array(
          review.findings.map { finding in
            .object([
              ("severity", .string(finding.severity.rawValue)),
              ("rule", .string(finding.rule.id)), ("resource", .string(finding.resource)),
              ("line", .integer(finding.line)), ("message", .string(finding.message)),
            ])
          })
      ),
      (
        "comparison",
        review.comparesNothing || review.perService != nil
          ? .null : ComparisonJSON.document(review.comparison, notes: notes)
      ),
      ("perService", review.perService.map(perServiceJSON) ?? .null),
    ])
  }

  static func markdown(
    _ review: TemplateReview, path: String, options: RenderOptions = RenderOptions()
  ) -> String {
    // Everything taken from the template or the user is escaped: a finding that quotes
    // `[lambda.amazonaws.com](http://...)` shows those characters instead of a link.
    var text =
      "## Template review: \(MarkdownText.code(path))\n\n**Read from the template:** \(MarkdownText.escaped(review.report.summary)).\n\n**The template builds** \(MarkdownText.escaped(designLine(review))). \(costLine(review))\n\n"
    if let note = review.internetNote { text += MarkdownText.escaped(note) + "\n\n" }
    for note in review.assumptions { text += "*Assumed: \(MarkdownText.escaped(note)).*\n\n" }
    text += "### Findings\n\n"
    if review.findings.isEmpty { text += "Nothing to fix.\n\n" }
    for finding in review.findings {
      text +=
        "- [ ] **\(finding.severity.rawValue)** \(finding.rule.id) \(MarkdownText.code(finding.resource)) (line \(finding.line)): \(MarkdownText.escaped(finding.message))\n"
    }
    if review.comparesNothing { return text }
    if let perService = review.perService { return text + "\n" + perServiceMarkdown(perService) }
    return text + "\n" + MarkdownRenderer.render(review.comparison, options: options)
  }

}
