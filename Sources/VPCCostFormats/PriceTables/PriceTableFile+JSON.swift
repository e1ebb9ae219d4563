import VPCCostCore

extension PriceTableFile {
  /// The table as JSON in the layout of PriceTables/ (keys in a fixed order, two-space indent).
  var jsonValue: JSONValue {
    func tiers(_ tiers: [Tier]) -> JSONValue {
      .array(
        tiers.map { tier in
          .object(
            (tier.upToGB.map { [("upToGB", JSONValue.string($0))] } ?? []) + [
              ("perGB", .string(tier.perGB))
            ])
        })
    }
    func nat(_ price: NATGateway) -> JSONValue {
      .object([("hourly", .string(price.hourly)), ("perGB", .string(price.perGB))])
    }
    var members: [(String, JSONValue)] = [
      ("schemaVersion", .integer(schemaVersion)), ("region", .string(region)),
      ("location", .string(location)),
      ("currency", .string(currency)),
    ]
    if let azCount { members.append(("azCount", .integer(azCount))) }
    members += [
      ("effectiveDate", .string(effectiveDate)), ("source", .string(source)),
      ("confidence", .string(confidence)),
    ]
    if let usageTypePrefix { members.append(("usageTypePrefix", .string(usageTypePrefix))) }
    members.append(("natGateway", nat(natGateway)))
    if let regionalNatGateway { members.append(("regionalNatGateway", nat(regionalNatGateway))) }
    members += [
      (
        "interfaceEndpoint",
        .object([
          ("hourlyPerAZ", .string(interfaceEndpoint.hourlyPerAZ)),
          ("dataTiers", tiers(interfaceEndpoint.dataTiers)),
        ])
      ),
      ("publicIPv4", .object([("hourly", .string(publicIPv4.hourly))])),
      ("crossAZ", .object([("perGBEachDirection", .string(crossAZ.perGBEachDirection))])),
    ]
    if let internetOut {
      members.append(("internetOut", .object([("tiers", tiers(internetOut.tiers))])))
    }
    if let transitGateway {
      members.append(
        (
          "transitGateway",
          .object([
            ("attachmentHourly", .string(transitGateway.attachmentHourly)),
            ("perGB", .string(transitGateway.perGB)),
          ])
        ))
    }
    if let unverified, !unverified.isEmpty {
      members.append(
        (
          "unverified",
          .object(unverified.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
        ))
    }
    return .object(members)
  }

  /// Every figure as key and text, for reporting what an import changed.
  package var figures: [(key: String, value: String)] {
    var figures: [(String, String)] = [
      ("natGateway.hourly", natGateway.hourly), ("natGateway.perGB", natGateway.perGB),
    ]
    if let regionalNatGateway {
      figures += [
        ("regionalNatGateway.hourly", regionalNatGateway.hourly),
        ("regionalNatGateway.perGB", regionalNatGateway.perGB),
      ]
    }
    figures.append(("interfaceEndpoint.hourlyPerAZ", interfaceEndpoint.hourlyPerAZ))
    for (index, tier) in interfaceEndpoint.dataTiers.enumerated() {
      figures.append(
        ("interfaceEndpoint.dataTiers[\(index)]", "\(tier.perGB) up to \(tier.upToGB ?? "any") GB"))
    }
    figures += [
      ("publicIPv4.hourly", publicIPv4.hourly),
      ("crossAZ.perGBEachDirection", crossAZ.perGBEachDirection),
    ]
    for (index, tier) in (internetOut?.tiers ?? []).enumerated() {
      figures.append(
        ("internetOut.tiers[\(index)]", "\(tier.perGB) up to \(tier.upToGB ?? "any") GB"))
    }
    if let transitGateway {
      figures += [
        ("transitGateway.attachmentHourly", transitGateway.attachmentHourly),
        ("transitGateway.perGB", transitGateway.perGB),
      ]
    }
    figures.append(("effectiveDate", effectiveDate))
    return figures.map { (key: $0.0, value: $0.1) }
  }
}
