import VPCCostCore

/// Renders a sweep as CSV (one row per point) or JSON.
package enum SweepRenderer {
  /// CSV: the axis value, each design's monthly cost in cents, and the recommended design.
  package static func csv(_ sweep: SweepResult) -> [UInt8] {
    var writer = CSVWriter()
    writer.row([sweep.axis.column] + sweep.designs.map(\.rawValue) + ["recommended"])
    for point in sweep.points {
      writer.quantity(point.value)
      for cost in point.costs { writer.cents(cost.monthlyCost) }
      writer.text(point.recommended.rawValue)
      writer.endRow()
    }
    return writer.take()
  }

  /// JSON: the inputs, the break-even, and every point with exact decimal costs.
  package static func json(_ sweep: SweepResult) -> [UInt8] {
    var inputs = ComparisonJSON.inputs(sweep.base)
    if case .object(var members) = inputs {
      members.removeAll { sweep.axis.jsonInputKeys.contains($0.0) }
      inputs = .object(members)
    }
    let document = JSONValue.object([
      ("schemaVersion", .integer(ComparisonJSON.schemaVersion)),
      (
        "sweep",
        .object([
          ("axis", .string(sweep.axis.column)), ("from", .string(sweep.range.from.decimalString)),
          ("to", .string(sweep.range.to.decimalString)),
          ("scale", .string(sweep.range.scale.rawValue)),
          ("points", .integer(sweep.points.count)),
        ])
      ),
      ("inputs", inputs),
      ("priceTable", ComparisonJSON.priceTable(sweep.table)),
      ("breakEven", ComparisonJSON.breakEven(sweep.breakEven)),
      (
        "points",
        .array(
          sweep.points.map { point in
            .object([
              ("value", .string(point.value.decimalString)),
              ("gbPerMonth", .string(point.workload.gbPerMonth.decimalString)),
              (
                "costs",
                .object(
                  point.costs.map { ($0.design.rawValue, .string($0.monthlyCost.decimalString)) })
              ),
              ("recommended", .string(point.recommended.rawValue)),
            ])
          })
      ),
    ])
    return Array(document.serialized().utf8)
  }
}

extension SweepAxis {
  /// The `inputs` keys that vary along the axis, left out of a sweep's inputs.
  var jsonInputKeys: [String] {
    switch self {
    case .gigabytes: return ["gbPerMonth"]
    case .invocations: return ["gbPerMonth", "invocations"]
    case .services: return ["services", "serviceCount"]
    case .vpcs: return ["vpcs"]
    }
  }
}
