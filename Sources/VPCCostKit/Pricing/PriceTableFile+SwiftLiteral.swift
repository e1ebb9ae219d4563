extension PriceTableFile {
  /// The file as a Swift expression that rebuilds it, for the generated embedded tables.
  func swiftLiteral(indent: Int) -> String {
    let pad = String(repeating: " ", count: indent + 2)
    let lit = EmbeddedTablesGenerator.literal
    func optional(_ text: String?) -> String { text.map(lit) ?? "nil" }
    func tiers(_ tiers: [Tier]) -> String {
      "[" + tiers.map { "PriceTableFile.Tier(upToGB: \(optional($0.upToGB)), perGB: \(lit($0.perGB)))" }
        .joined(separator: ", ") + "]"
    }
    let unverifiedText = unverified.map { entries in
      entries.isEmpty
        ? "[:]"
        : "[" + entries.sorted { $0.key < $1.key }.map { "\(lit($0.key)): \(lit($0.value))" }
          .joined(separator: ", ") + "]"
    }
    let fields = [
      "schemaVersion: \(schemaVersion)",
      "region: \(lit(region))",
      "location: \(lit(location))",
      "currency: \(lit(currency))",
      "azCount: \(azCount.map(String.init) ?? "nil")",
      "effectiveDate: \(lit(effectiveDate))",
      "source: \(lit(source))",
      "confidence: \(lit(confidence))",
      "usageTypePrefix: \(optional(usageTypePrefix))",
      "natGateway: PriceTableFile.NATGateway(hourly: \(lit(natGateway.hourly)), perGB: \(lit(natGateway.perGB)))",
      "interfaceEndpoint: PriceTableFile.InterfaceEndpoint(hourlyPerAZ: \(lit(interfaceEndpoint.hourlyPerAZ)), dataTiers: \(tiers(interfaceEndpoint.dataTiers)))",
      "publicIPv4: PriceTableFile.PublicIPv4(hourly: \(lit(publicIPv4.hourly)))",
      "crossAZ: PriceTableFile.CrossAZ(perGBEachDirection: \(lit(crossAZ.perGBEachDirection)))",
      "internetOut: \(internetOut.map { "PriceTableFile.InternetOut(tiers: \(tiers($0.tiers)))" } ?? "nil")",
      "unverified: \(unverifiedText ?? "nil")",
    ]
    return "PriceTableFile(\n" + fields.map { pad + $0 }.joined(separator: ",\n") + "\n"
      + String(repeating: " ", count: indent) + ")"
  }
}
