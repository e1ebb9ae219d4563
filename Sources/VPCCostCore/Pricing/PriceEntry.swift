/// One price of a table with its key, unit and confidence, for listings.
package struct PriceEntry: Sendable {
  /// The key path in the table file, such as `natGateway.hourly`.
  package let key: String
  /// The price.
  package let price: Price
  /// What the price is per, in words.
  package let unit: String
  /// How well the figure is confirmed, in words.
  package let confidence: String
}

extension PriceTable {
  /// Every price of the table, in file order, with units and confidence.
  package var entries: [PriceEntry] {
    var entries: [(String, Price, String)] = [
      ("natGateway.hourly", natGateway.hourly, "per NAT gateway-hour"),
      ("natGateway.perGB", natGateway.perGB, "per GB processed"),
      ("interfaceEndpoint.hourlyPerAZ", interfaceEndpoint.hourlyPerAZ, "per endpoint per AZ-hour"),
    ]
    entries += tierEntries(
      interfaceEndpoint.data, key: "interfaceEndpoint.dataTiers", what: "processed")
    entries += [
      ("publicIPv4.hourly", publicIPv4Hourly, "per public IPv4 address-hour"),
      ("crossAZ.perGBEachDirection", crossAZPerGBEachDirection, "per GB, each direction"),
    ]
    if let regional = regionalNatGateway {
      entries += [
        ("regionalNatGateway.hourly", regional.hourly, "per NAT gateway-hour per active AZ"),
        ("regionalNatGateway.perGB", regional.perGB, "per GB processed"),
      ]
    }
    if let internet = internetOut {
      entries += tierEntries(internet, key: "internetOut.tiers", what: "out to the internet")
    }
    if let transit = transitGateway {
      entries += [
        ("transitGateway.attachmentHourly", transit.attachmentHourly, "per VPC attachment-hour"),
        ("transitGateway.perGB", transit.perGB, "per GB sent into the Transit Gateway"),
      ]
    }
    return entries.map { key, price, unit in
      let note = unverified.first { key.hasPrefix($0.key) }.map { "unverified: \($0.value)" }
      return PriceEntry(key: key, price: price, unit: unit, confidence: note ?? confidence.rawValue)
    }
  }

  private func tierEntries(_ tiered: TieredPrice, key: String, what: String) -> [(
    String, Price, String
  )] {
    var start = Quantity.zero
    return tiered.tiers.enumerated().map { index, tier in
      let range =
        tier.upToGB.map { "\(start.display(places: 0)) to \($0.display(places: 0)) GB" }
        ?? "over \(start.display(places: 0)) GB"
      start = tier.upToGB ?? start
      return ("\(key)[\(index)]", tier.perGB, "per GB \(what), \(range)")
    }
  }

  /// Whether any figure the table carries is unverified.
  package var hasUnverifiedFigures: Bool { confidence == .unverified || !unverified.isEmpty }
}
