import VPCCostCore

/// Merges one region's imported figures into its existing table (if any) and says what changed.
package enum TableMerger {
  /// The merged table file, or an `InputError` when a required figure is found nowhere.
  static func merge(
    _ imported: ImportedRegion, into existing: PriceTableFile?, path: String
  ) throws(InputError) -> PriceTableFile {
    func flat(_ slot: PriceSlot) -> String? { imported.flat[slot]?.price.decimalString }
    func missing(_ what: String, _ offer: String) -> InputError {
      .at(
        path,
        "\(imported.region) has no table yet and the offer files give no \(what); import \(offer) too"
      )
    }
    let nat = PriceTableFile.NATGateway(
      hourly: flat(.natHourly) ?? existing?.natGateway.hourly ?? "",
      perGB: flat(.natPerGB) ?? existing?.natGateway.perGB ?? "")
    guard !nat.hourly.isEmpty, !nat.perGB.isEmpty else {
      throw missing("NAT gateway price", "AmazonEC2")
    }
    var regional = existing?.regionalNatGateway
    if let hourly = flat(.regionalNatHourly) {
      regional = PriceTableFile.NATGateway(
        hourly: hourly, perGB: flat(.regionalNatPerGB) ?? regional?.perGB ?? nat.perGB)
    }
    let endpointTiers =
      try tiers(imported, .endpointData, open: true) ?? existing?.interfaceEndpoint.dataTiers
    guard let endpointHourly = flat(.endpointHourly) ?? existing?.interfaceEndpoint.hourlyPerAZ,
      let endpointTiers
    else {
      throw missing("interface endpoint price", "AmazonVPC")
    }
    guard let ipv4 = flat(.publicIPv4) ?? existing?.publicIPv4.hourly else {
      throw missing("public IPv4 price", "AmazonVPC")
    }
    guard let crossAZ = flat(.crossAZ) ?? existing?.crossAZ.perGBEachDirection else {
      throw missing("cross-AZ price", "AWSDataTransfer")
    }
    let internet =
      try tiers(imported, .internetOut, open: true).map { PriceTableFile.InternetOut(tiers: $0) }
      ?? existing?.internetOut
    var transit = existing?.transitGateway
    if let hourly = flat(.transitGatewayHourly), let perGB = flat(.transitGatewayPerGB) {
      transit = PriceTableFile.TransitGateway(attachmentHourly: hourly, perGB: perGB)
    }
    let importedKeys = Set(imported.flat.keys.map(\.rawValue) + imported.tiers.keys.map(\.rawValue))
    var unverified = (existing?.unverified ?? [:]).filter { !importedKeys.contains($0.key) }
    if imported.prefix != nil { unverified["usageTypePrefix"] = nil }
    let complete = [
      PriceSlot.natHourly, .natPerGB, .endpointHourly, .endpointData, .publicIPv4, .crossAZ,
    ]
    .allSatisfy { importedKeys.contains($0.rawValue) }
    let offers = imported.offers.sorted().joined(separator: "; ")
    // A table that an earlier partial import updated says where its other figures came from.
    let otherMarker = "; other figures: "
    let otherSource = existing.map { old in
      old.source.firstRange(of: otherMarker).map { String(old.source[$0.upperBound...]) }
        ?? old.source
    }
    return PriceTableFile(
      schemaVersion: PriceTableFile.currentSchemaVersion, region: imported.region,
      location: existing?.location ?? imported.location ?? imported.region, currency: "USD",
      azCount: existing?.azCount,
      effectiveDate: max(imported.publicationDay, complete ? "" : existing?.effectiveDate ?? ""),
      source: complete || existing == nil
        ? "AWS Price List: \(offers)"
        : "AWS Price List: \(offers)\(otherMarker)\(otherSource ?? "")",
      confidence: complete
        ? PriceConfidence.priceList.rawValue
        : existing?.confidence ?? PriceConfidence.priceList.rawValue,
      usageTypePrefix: imported.prefix ?? existing?.usageTypePrefix, natGateway: nat,
      regionalNatGateway: regional,
      interfaceEndpoint: .init(hourlyPerAZ: endpointHourly, dataTiers: endpointTiers),
      publicIPv4: .init(hourly: ipv4), crossAZ: .init(perGBEachDirection: crossAZ),
      internetOut: internet, transitGateway: transit,
      unverified: unverified.isEmpty ? nil : unverified)
  }

  /// The tiers of a tiered figure, checked: starting at 0, each beginning where the last ended.
  private static func tiers(
    _ imported: ImportedRegion, _ slot: PriceSlot, open: Bool
  ) throws(InputError) -> [PriceTableFile.Tier]? {
    guard var dimensions = imported.tiers[slot] else { return nil }
    dimensions.sort { $0.begin < $1.begin }
    var expected = Quantity.zero
    var tiers: [PriceTableFile.Tier] = []
    for dimension in dimensions {
      guard dimension.begin == expected else {
        throw .malformed(
          dimension.place,
          "a missing tier in \(slot.rawValue) for \(imported.region): the tier starting at \(dimension.begin.decimalString) GB should start at \(expected.decimalString) GB"
        )
      }
      tiers.append(
        .init(upToGB: dimension.end?.decimalString, perGB: dimension.price.decimalString))
      guard let end = dimension.end else { break }
      expected = end
    }
    if open && tiers.last?.upToGB != nil {
      throw .malformed(
        dimensions[0].place,
        "the last tier of \(slot.rawValue) for \(imported.region) must be open-ended (Inf)"
      )
    }
    return tiers
  }
}
