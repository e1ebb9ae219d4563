import VPCCostCore
import VPCCostFormats

extension PriceTableFile {
  /// The file as a Swift expression that rebuilds it, for the generated embedded tables.
  func swiftLiteral(indent: Int) -> String {
    let pad = String(repeating: " ", count: indent + 2)
    let lit = EmbeddedTablesGenerator.literal
    func optional(_ text: String?) -> String { text.map(lit) ?? "nil" }
    func tier(_ tier: Tier) -> String {
      "PriceTableFile.Tier(upToGB: \(optional(tier.upToGB)), perGB: \(lit(tier.perGB)))"
    }
    func tiers(_ tiers: [Tier]) -> String {
      "[" + tiers.map(tier).joined(separator: ", ") + "]"
    }
    func entry(_ pair: (key: String, value: String)) -> String {
      "\(lit(pair.key)): \(lit(pair.value))"
    }
    let unverifiedText = unverified.map { entries in
      entries.isEmpty
        ? "[:]" : "[" + entries.sorted { $0.key < $1.key }.map(entry).joined(separator: ", ") + "]"
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
      "regionalNatGateway: \(regionalNatGateway.map { "PriceTableFile.NATGateway(hourly: \(lit($0.hourly)), perGB: \(lit($0.perGB)))" } ?? "nil")",
      "interfaceEndpoint: PriceTableFile.InterfaceEndpoint(hourlyPerAZ: \(lit(interfaceEndpoint.hourlyPerAZ)), dataTiers: \(tiers(interfaceEndpoint.dataTiers)))",
      "publicIPv4: PriceTableFile.PublicIPv4(hourly: \(lit(publicIPv4.hourly)))",
      "crossAZ: PriceTableFile.CrossAZ(perGBEachDirection: \(lit(crossAZ.perGBEachDirection)))",
      "internetOut: \(internetOut.map { "PriceTableFile.InternetOut(tiers: \(tiers($0.tiers)))" } ?? "nil")",
      "transitGateway: \(transitGateway.map { "PriceTableFile.TransitGateway(attachmentHourly: \(lit($0.attachmentHourly)), perGB: \(lit($0.perGB)))" } ?? "nil")",
      "unverified: \(unverifiedText ?? "nil")",
    ]
    return "PriceTableFile(\n" + fields.map { pad + $0 }.joined(separator: ",\n") + "\n"
      + String(repeating: " ", count: indent) + ")"
  }
}
