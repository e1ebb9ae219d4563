import VPCCostCore

/// Gathers the prices of many offer files by region, checking each as it comes.
package struct OfferCollector {
  /// Region by usage-type prefix, from the embedded tables (USE1 -> us-east-1, EU -> eu-west-1).
  static let regionsByPrefix: [String: String] = {
    var map: [String: String] = [:]
    for region in EmbeddedPriceTables.regions {
      if let prefix = EmbeddedPriceTables.file(for: region)?.usageTypePrefix {
        map[prefix] = region
      }
    }
    return map
  }()

  private(set) var regions: [String: ImportedRegion] = [:]

  /// Adds one price of an offer file.
  mutating func add(_ offer: OfferPrice, metadata: OfferMetadata, file: String) throws(InputError) {
    guard
      let (slot, prefix) = PriceSlot.match(usageType: offer.usageType, operation: offer.operation)
    else { return }
    let place = InputPosition(file: file, place: offer.place)
    guard
      let region = offer.regionCode ?? prefix.flatMap({ Self.regionsByPrefix[$0] })
        ?? (prefix == nil ? "us-east-1" : nil)
    else {
      throw .malformed(
        place,
        "cannot tell the region of usage type \(offer.usageType) (no regionCode, unknown prefix)"
      )
    }
    let price: Price
    switch Price.parse(offer.price) {
    case .success(let value) where value >= .zero: price = value
    default:
      throw .malformed(
        place,
        "the price \(quoting: offer.price) of \(offer.usageType) is not a non-negative decimal")
    }
    var imported = regions[region] ?? ImportedRegion(region: region)
    imported.location = imported.location ?? offer.location
    if let prefix, slot != .natHourly && slot != .natPerGB || region != "us-east-1" {
      imported.prefix = prefix
    }
    imported.offers.insert(
      "\(metadata.offerCode) \(metadata.version) (published \(metadata.publicationDate))")
    imported.publicationDay = max(
      imported.publicationDay, String(metadata.publicationDate.prefix(10)))
    if slot.isTiered {
      let begin = try quantity(offer.beginRange, place: place)
      let end = offer.endRange == "Inf" ? nil : try quantity(offer.endRange, place: place)
      if let same = imported.tiers[slot]?.first(where: { $0.begin == begin }) {
        guard same.end == end, same.price == price else {
          throw .malformed(
            place,
            "a second \(slot.rawValue) tier from \(begin.decimalString) GB for \(region) differs from \(same.place)"
          )
        }
      } else {
        imported.tiers[slot, default: []].append((begin, end, price, place))
      }
    } else if let existing = imported.flat[slot], existing.price != price {
      throw .malformed(
        place,
        "a second \(slot.rawValue) for \(region) (\(price.decimalString)) differs from \(existing.place) (\(existing.price.decimalString))"
      )
    } else {
      imported.flat[slot] = (price, place)
    }
    regions[region] = imported
  }

  /// The figures an offer gives together for every region it prices.
  ///
  /// AmazonEC2 gives a NAT gateway's hourly and per-GB prices; AmazonVPC an endpoint's hourly
  /// and data prices and the public IPv4 price, and a Transit Gateway VPC attachment's hourly
  /// and per-GB prices. Some of a group without the rest is a file cut between its rows (a truncated
  /// download), never a real offer, so the import is refused. AWSDataTransfer's usage types
  /// are priced independently of each other; its tiers must be complete and open-ended.
  static let groups: [[PriceSlot]] = [
    [.natHourly, .natPerGB], [.endpointHourly, .endpointData, .publicIPv4],
    [.transitGatewayHourly, .transitGatewayPerGB],
  ]

  /// Fails when a region has some figures of a group without the others.
  func checkGroups() throws(InputError) {
    for region in regions.keys.sorted() {
      guard let imported = regions[region] else { continue }
      for group in Self.groups {
        let found = group.filter { imported.flat[$0] != nil || imported.tiers[$0] != nil }
        guard let first = found.first, found.count < group.count,
          let missing = group.first(where: { !found.contains($0) })
        else { continue }
        let place = imported.flat[first]?.place ?? imported.tiers[first]?.first?.place
        throw .malformed(
          place ?? InputPosition(file: region),
          "the offers give \(region)'s \(first.usageType) but not its \(missing.usageType) (is a file truncated?)"
        )
      }
    }
  }

  private func quantity(_ text: String, place: InputPosition) throws(InputError) -> Quantity {
    guard case .success(let value) = Quantity.parse(text, limit: WorkloadLimits.maxGB) else {
      throw .malformed(place, "the range bound \(quoting: text) is not a number of GB")
    }
    return value
  }
}
