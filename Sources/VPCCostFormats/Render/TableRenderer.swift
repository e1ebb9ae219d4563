import VPCCostCore

/// Renders a comparison as an aligned table for the terminal, like an infrastructure-cost CLI.
public enum TableRenderer {
  /// The whole report: workload, designs with line items, recommendation, break-even,
  /// assumptions and the price table used.
  public static func render(_ comparison: Comparison) -> String {
    var output = header(comparison)
    output += "\n" + designTable(comparison) + "\n"
    output += recommendation(comparison)
    output += "\nBreak-even (\(comparison.breakEven.layout.displayName) layouts)\n"
    output += bullets(breakEvenLines(comparison.breakEven))
    output += "\nAssumptions\n" + bullets(comparison.assumptions)
    if !comparison.warnings.isEmpty {
      output += "\nWarnings\n" + bullets(comparison.warnings)
    }
    if !comparison.centralisationNotes.isEmpty {
      output += "\nWhat sharing across VPCs costs beyond money\n"
      output += bullets(comparison.centralisationNotes)
    }
    return output + "\n" + pricesLine(comparison.priceTable)
  }

  /// Where the prices came from, in one line.
  package static func pricesLine(_ table: PriceTable) -> String {
    "Prices: \(table.region) table effective \(table.effectiveDate) (\(table.confidence.rawValue), \(table.origin)); \(table.source).\n"
  }

  /// The title and the workload line; `services` replaces the workload's service list (the
  /// review's "services not known").
  package static func header(_ comparison: Comparison, services: String? = nil) -> String {
    let workload = comparison.workload
    var traffic = "\(workload.gbPerMonth.display(places: 2)) GB a month"
    if let invocations = workload.invocations {
      traffic +=
        " (\(DecimalText.grouped(String(invocations))) invocations x \(DataSize.describe(workload.bytesPerInvocation)))"
    }
    if workload.needsInternet {
      traffic += ", \(workload.internetGB.display(places: 2)) GB to the internet"
    }
    if workload.gatewayEndpointGB > .zero {
      traffic += ", \(workload.gatewayEndpointGB.display(places: 2)) GB to S3 and DynamoDB"
    }
    let vpcs =
      workload.isOrganisation
      ? "\(workload.vpcs) VPCs\(workload.tgwExisting ? " (attached to a Transit Gateway already)" : ""), each with "
      : ""
    return """
      NAT gateway or PrivateLink in \(workload.region) (\(comparison.priceTable.location))
      Workload: \(vpcs)\(workload.azs) AZ\(workload.azs == 1 ? "" : "s"), \(services ?? workload.services.summary), \(traffic), \(workload.hours) hours

      """
  }

  static func designTable(_ comparison: Comparison) -> String {
    designTable(comparison.designs, recommended: comparison.recommendation.choice.design)
  }

  /// Designs with their line items, the recommended one marked (none when nil).
  package static func designTable(_ designs: [DesignCost], recommended: DesignID?) -> String {
    var table = TextTable(alignments: [.left, .right, .left, .right, .right])
    table.add(["DESIGN / LINE ITEM", "QUANTITY", "UNIT", "UNIT PRICE", "MONTHLY COST"])
    for design in designs {
      table.addRule()
      let mark =
        design.design == recommended
        ? "  <- recommended" : design.infeasibleReason.map { "  (not feasible: \($0))" } ?? ""
      table.addHeading("\(design.design.rawValue): \(design.design.title)\(mark)")
      for item in design.lineItems {
        table.add([
          "  \(item.id.rawValue)", item.quantity.display(places: 6), item.unit,
          item.unitPrice?.dollars ?? "tiered", item.cost.dollars,
        ])
        if item.unitPrice == nil {
          for tier in item.tiers where tier.quantity > .zero {
            table.add([
              "    tier from \(tier.fromGB.display(places: 0)) \(item.unit)",
              tier.quantity.display(places: 6), item.unit, tier.perGB.dollars, tier.cost.dollars,
            ])
          }
        }
      }
      table.add(["  total", "", "", "", design.monthlyCost.dollars])
    }
    return table.render()
  }

  static func recommendation(_ comparison: Comparison) -> String {
    let choice = comparison.recommendation.choice
    let saving =
      choice.decidedByTie
      ? "the same as \(choice.alternative.rawValue)"
      : "saving \(choice.monthlySavings.dollars) a month against \(choice.alternative.rawValue)"
    return
      "Recommendation: \(choice.design.rawValue) (\(choice.design.shortName)) at \(choice.monthlyCost.dollars) a month, \(saving)\n"
      + bullets(comparison.recommendation.reasons)
  }

  static func breakEvenLines(_ breakEven: BreakEven) -> [String] {
    var lines = [
      breakEven.summary,
      "Traffic at which the costs are equal: "
        + (breakEven.gbPerMonth.map { "\($0.display(places: 2)) GB a month" }
          ?? "none (one technology wins at any traffic)")
        + (breakEven.invocationsPerMonth.map {
          ", \(DecimalText.grouped(String($0))) invocations a month"
        } ?? ""),
      "Most endpoint services for which PrivateLink stays cheaper at this traffic: \(breakEven.maxPrivateLinkServices)",
    ]
    if let hub = breakEven.hub {
      lines.append(
        "VPCs from which a hub's shared endpoints cost no more than endpoints in every VPC: "
          + (hub.vpcs.map(String.init) ?? "none up to 10,000"))
      lines.append(
        "Traffic per VPC up to which the hub costs no more at this VPC count: "
          + HubLimitText.describe(hub.limit))
    }
    return lines
  }

  static func bullets(_ lines: [String]) -> String {
    lines.map { "  - \($0)\n" }.joined()
  }
}
