import VPCCostCore

/// Renders price tables for `vpccost prices list` and `vpccost prices show`.
package enum PriceListRenderer {
  /// The columns of `prices list`.
  static let listColumns = [
    "region", "location", "azs", "nat_hourly", "nat_per_gb", "endpoint_hourly_per_az",
    "tgw_attachment_hourly", "tgw_per_gb", "effective_date", "confidence", "unverified",
  ]

  /// One row per region, in the given format.
  package static func list(_ tables: [PriceTable], format: PriceListFormat) -> [UInt8] {
    let rows = tables.map { table in
      [
        table.region, table.location, table.azCount.map(String.init) ?? "",
        table.natGateway.hourly.decimalString,
        table.natGateway.perGB.decimalString, table.interfaceEndpoint.hourlyPerAZ.decimalString,
        table.transitGateway?.attachmentHourly.decimalString ?? "",
        table.transitGateway?.perGB.decimalString ?? "", table.effectiveDate,
        table.confidence.rawValue,
        table.hasUnverifiedFigures ? table.unverified.keys.sorted().joined(separator: ";") : "",
      ]
    }
    switch format {
    case .csv:
      var writer = CSVWriter()
      writer.row(listColumns)
      for row in rows { writer.row(row) }
      return writer.take()
    case .json:
      return Array(
        JSONValue.object([
          ("schemaVersion", .integer(ComparisonJSON.schemaVersion)),
          ("tables", .array(tables.map(listEntry))),
        ]).serialized().utf8)
    case .table:
      var table = TextTable(alignments: [
        .left, .left, .right, .right, .right, .right, .right, .right, .left, .left, .left,
      ])
      table.add([
        "REGION", "LOCATION", "AZS", "NAT $/H", "NAT $/GB", "ENDPOINT $/AZ-H", "TGW $/H",
        "TGW $/GB", "EFFECTIVE", "CONFIDENCE", "UNVERIFIED",
      ])
      table.addRule()
      for row in rows { table.add(row) }
      return Array(table.render().utf8)
    }
  }

  /// One region of `prices list --format json`: camelCase keys, the unverified keys as a list.
  private static func listEntry(_ table: PriceTable) -> JSONValue {
    .object([
      ("region", .string(table.region)), ("location", .string(table.location)),
      ("azCount", table.azCount.map(JSONValue.integer) ?? .null),
      ("natHourly", .string(table.natGateway.hourly.decimalString)),
      ("natPerGB", .string(table.natGateway.perGB.decimalString)),
      ("endpointHourlyPerAZ", .string(table.interfaceEndpoint.hourlyPerAZ.decimalString)),
      ("tgwAttachmentHourly", .optional(table.transitGateway?.attachmentHourly.decimalString)),
      ("tgwPerGB", .optional(table.transitGateway?.perGB.decimalString)),
      ("effectiveDate", .string(table.effectiveDate)),
      ("confidence", .string(table.confidence.rawValue)),
      (
        "unverified",
        .array(
          table.hasUnverifiedFigures ? table.unverified.keys.sorted().map(JSONValue.string) : [])
      ),
    ])
  }

  /// Every price of one table with its unit, confidence and source.
  package static func show(_ table: PriceTable, format: PriceTableFormat) -> [UInt8] {
    switch format {
    case .json: return showJSON(table)
    case .table: return showTable(table)
    }
  }

  /// The table as `prices validate` and `--prices` read it.
  private static func showJSON(_ table: PriceTable) -> [UInt8] {
    let entries = table.entries
    return Array(
      JSONValue.object([
        ("schemaVersion", .integer(ComparisonJSON.schemaVersion)),
        ("region", .string(table.region)), ("location", .string(table.location)),
        ("currency", .string(table.currency)),
        ("azCount", table.azCount.map(JSONValue.integer) ?? .null),
        ("effectiveDate", .string(table.effectiveDate)), ("source", .string(table.source)),
        ("origin", .string(table.origin)),
        (
          "prices",
          .array(
            entries.map { entry in
              .object([
                ("key", .string(entry.key)), ("price", .string(entry.price.decimalString)),
                ("unit", .string(entry.unit)), ("confidence", .string(entry.confidence)),
              ])
            })
        ),
        (
          "global",
          .array(
            globalEntries.map { entry in
              .object([
                ("key", .string(entry.key)), ("price", .string(entry.price.decimalString)),
                ("unit", .string(entry.unit)), ("source", .string(HostedZonePrice.source)),
                ("checked", .string(HostedZonePrice.checked)),
              ])
            })
        ),
      ]).serialized().utf8)
  }

  /// Every price with its unit and confidence, for people.
  private static func showTable(_ table: PriceTable) -> [UInt8] {
    let entries = table.entries
    var text =
      "\(table.region) (\(table.location)): \(table.azCount.map { "\($0) AZs" } ?? "AZ count unknown"), prices in \(table.currency), effective \(table.effectiveDate)\n"
    text += "Source: \(table.source)\nFrom: \(table.origin)\n\n"
    var rows = TextTable(alignments: [.left, .right, .left, .left])
    rows.add(["KEY", "PRICE", "UNIT", "CONFIDENCE"])
    rows.addRule()
    for entry in entries {
      rows.add([entry.key, entry.price.dollars, entry.unit, entry.confidence])
    }
    var global = TextTable(alignments: [.left, .right, .left])
    for entry in globalEntries { global.add([entry.key, entry.price.dollars, entry.unit]) }
    text += rows.render()
    text +=
      "\nGlobal prices (every region; \(HostedZonePrice.source), checked \(HostedZonePrice.checked)):\n"
    return Array((text + global.render()).utf8)
  }

  /// The global Route 53 private hosted zone prices, as key, price and unit.
  static var globalEntries: [(key: String, price: Price, unit: String)] {
    var start = 0
    return HostedZonePrice.tiers.tiers.enumerated().map { index, tier in
      let end = tier.upToGB.map { Int($0.wholePart) }
      defer { start = end ?? start }
      let range = end.map { "zones \(start + 1) to \($0)" } ?? "each zone after \(start)"
      return ("route53.privateHostedZones[\(index)]", tier.perGB, "per zone-month, \(range)")
    }
  }
}
