import VPCCostCore

/// The JSON document of a comparison, as the output contract of cost-model.md lays it out.
public enum ComparisonJSON {
  /// The version of the JSON contract this build writes.
  public static let schemaVersion = 1

  /// The whole document.
  ///
  /// `notes` (stale prices) join the comparison's warnings.
  public static func document(_ comparison: Comparison, notes: [String] = []) -> JSONValue {
    .object([
      ("schemaVersion", .integer(schemaVersion)),
      ("inputs", inputs(comparison.workload)),
      ("priceTable", priceTable(comparison.priceTable)),
      ("designs", .array(comparison.designs.map(design))),
      ("recommendation", recommendation(comparison.recommendation)),
      ("breakEven", breakEven(comparison.breakEven)),
      ("assumptions", .array(comparison.assumptions.map(JSONValue.string))),
      ("warnings", .array((comparison.warnings + notes).map(JSONValue.string))),
      ("centralisation", .array(comparison.centralisationNotes.map(JSONValue.string))),
    ])
  }

  package static func inputs(_ workload: Workload) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("region", .string(workload.region)),
      ("azs", .integer(workload.azs)),
      ("hours", .integer(workload.hours)),
      ("gbPerMonth", .string(workload.gbPerMonth.decimalString)),
    ]
    if let invocations = workload.invocations {
      members.append(("invocations", .string(String(invocations))))
      members.append(("requestBytes", .string(String(workload.requestBytes))))
      members.append(("responseBytes", .string(String(workload.responseBytes))))
      members.append(("overheadBytes", .string(String(workload.overheadBytes))))
    }
    members += [
      ("internetGB", .string(workload.internetGB.decimalString)),
      ("s3GB", .string(workload.s3GB.decimalString)),
      ("dynamoDBGB", .string(workload.dynamoDBGB.decimalString)),
      ("services", .array(workload.services.names.map(JSONValue.string))),
      ("serviceCount", .integer(workload.services.count)),
      ("preset", .optional(workload.preset?.rawValue)),
      ("allowSingleAZ", .bool(workload.allowSingleAZ)),
      ("vpcs", .integer(workload.vpcs)),
      ("tgwExisting", .bool(workload.tgwExisting)),
    ]
    return .object(members)
  }

  package static func priceTable(_ table: PriceTable) -> JSONValue {
    .object([
      ("region", .string(table.region)),
      ("location", .string(table.location)),
      ("currency", .string(table.currency)),
      ("effectiveDate", .string(table.effectiveDate)),
      ("source", .string(table.source)),
      ("confidence", .string(table.confidence.rawValue)),
      ("origin", .string(table.origin)),
    ])
  }

  package static func design(_ cost: DesignCost) -> JSONValue {
    .object([
      ("id", .string(cost.design.rawValue)),
      ("technology", .string(cost.design.technology.rawValue)),
      ("layout", .string(cost.design.layout.rawValue)),
      ("title", .string(cost.design.title)),
      ("feasible", .bool(cost.isFeasible)),
      ("infeasibleReason", .optional(cost.infeasibleReason)),
      ("monthlyCost", .string(cost.monthlyCost.decimalString)),
      ("lineItems", .array(cost.lineItems.map(lineItem))),
    ])
  }

  static func lineItem(_ item: LineItem) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(item.id.rawValue)),
      ("description", .string(item.description)),
      ("quantity", .string(item.quantity.decimalString)),
      ("unit", .string(item.unit)),
      ("unitPrice", .optional(item.unitPrice?.decimalString)),
      ("cost", .string(item.cost.decimalString)),
    ]
    if !item.tiers.isEmpty {
      members.append(("tiers", .array(item.tiers.map(tier))))
    }
    return .object(members)
  }

  static func tier(_ charge: TierCharge) -> JSONValue {
    .object([
      ("fromGB", .string(charge.fromGB.decimalString)),
      ("upToGB", .optional(charge.upToGB?.decimalString)),
      ("quantity", .string(charge.quantity.decimalString)),
      ("unitPrice", .string(charge.perGB.decimalString)),
      ("cost", .string(charge.cost.decimalString)),
    ])
  }

  static func recommendation(_ recommendation: Recommendation) -> JSONValue {
    .object(
      choiceMembers(recommendation.choice) + [
        ("reasons", .array(recommendation.reasons.map(JSONValue.string)))
      ])
  }

  // The members batch shares with this document: one schema for both (docs/cost-model.md,
  // "JSON output"), so that a design, a choice and a workload have the same names everywhere.

  /// A design's identity: `designId`, `technology`, `layout`.
  package static func designMembers(_ design: DesignID) -> [(String, JSONValue)] {
    [
      ("designId", .string(design.rawValue)),
      ("technology", .string(design.technology.rawValue)),
      ("layout", .string(design.layout.rawValue)),
    ]
  }

  /// The recommended design and what it is compared with, as `recommendation` has them.
  package static func choiceMembers(_ choice: RecommendationChoice) -> [(String, JSONValue)] {
    designMembers(choice.design) + [
      ("monthlyCost", .string(choice.monthlyCost.decimalString)),
      ("monthlySavings", .string(choice.monthlySavings.decimalString)),
      ("comparedWith", .string(choice.alternative.rawValue)),
      ("decidedByTie", .bool(choice.decidedByTie)),
    ]
  }

  /// A workload in a row, with the names `inputs` gives the same values.
  package static func workloadMembers(_ workload: Workload) -> [(String, JSONValue)] {
    [
      ("region", .string(workload.region)),
      ("azs", .integer(workload.azs)),
      ("services", .array(workload.services.names.map(JSONValue.string))),
      ("serviceCount", .integer(workload.services.count)),
      ("gbPerMonth", .string(workload.gbPerMonth.decimalString)),
      ("invocations", .optional(workload.invocations.map { String($0) })),
      ("vpcs", .integer(workload.vpcs)),
    ]
  }

  /// A design's monthly cost by category, as batch's design rows and CSV columns give it.
  package static func totalsMembers(_ design: DesignTotals) -> [(String, JSONValue)] {
    [
      ("hourlyCost", .string(design.hourly.decimalString)),
      ("dataCost", .string(design.data.decimalString)),
      ("crossAZCost", .string(design.crossAZ.decimalString)),
      ("publicIPv4Cost", .string(design.publicIPv4.decimalString)),
      ("internetEgressCost", .string(design.internetEgress.decimalString)),
      ("monthlyCost", .string(design.monthlyCost.decimalString)),
      ("feasible", .bool(design.isFeasible)),
    ]
  }

  static func breakEven(_ breakEven: BreakEven) -> JSONValue {
    .object([
      ("layout", .string(breakEven.layout.rawValue)),
      ("natDesign", .string(breakEven.natDesign.rawValue)),
      ("endpointDesign", .string(breakEven.endpointDesign.rawValue)),
      ("gbPerMonth", .optional(breakEven.gbPerMonth?.decimalString)),
      ("invocationsPerMonth", .optional(breakEven.invocationsPerMonth.map { String($0) })),
      ("maxPrivateLinkServices", .integer(breakEven.maxPrivateLinkServices)),
      ("vpcs", breakEven.vpcs.map { .integer($0) } ?? .null),
      ("hubMaxGBPerVPC", .optional(breakEven.hub?.maxGBPerVPC?.decimalString)),
      ("summary", .string(breakEven.summary)),
    ])
  }
}
