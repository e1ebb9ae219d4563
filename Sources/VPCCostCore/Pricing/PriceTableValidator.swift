/// Checks a decoded table file field by field and collects every problem with its key.
package struct PriceTableValidator {
  /// The validated table of a file, or every problem found in it; `expectedRegion` is the
  /// region the file's name or the embedded table's key promises.
  package static func validate(
    _ file: PriceTableFile, origin: String, expectedRegion: String?
  ) throws(PriceTableError) -> PriceTable {
    var validator = PriceTableValidator(origin: origin)
    let table = validator.table(from: file, expectedRegion: expectedRegion)
    guard let table, validator.problems.isEmpty else { throw .invalid(validator.problems) }
    return table
  }

  let origin: String
  private(set) var problems: [PriceTableProblem] = []

  init(origin: String) { self.origin = origin }

  /// Builds the validated table, or returns nil (with `problems` filled) when a price is unusable.
  mutating func table(from file: PriceTableFile, expectedRegion: String?) -> PriceTable? {
    checkHeader(file, expectedRegion: expectedRegion)
    let nat = (
      price(file.natGateway.hourly, key: "natGateway.hourly"),
      price(file.natGateway.perGB, key: "natGateway.perGB")
    )
    let regional = file.regionalNatGateway.map {
      (
        price($0.hourly, key: "regionalNatGateway.hourly"),
        price($0.perGB, key: "regionalNatGateway.perGB")
      )
    }
    let endpointHourly = price(
      file.interfaceEndpoint.hourlyPerAZ, key: "interfaceEndpoint.hourlyPerAZ")
    let endpointData = tiers(
      file.interfaceEndpoint.dataTiers, key: "interfaceEndpoint.dataTiers", mustBeOpen: true)
    let ipv4 = price(file.publicIPv4.hourly, key: "publicIPv4.hourly")
    let crossAZ = price(file.crossAZ.perGBEachDirection, key: "crossAZ.perGBEachDirection")
    let internet = file.internetOut.map {
      tiers($0.tiers, key: "internetOut.tiers", mustBeOpen: false)
    }
    let transit = file.transitGateway.map {
      (
        price($0.attachmentHourly, key: "transitGateway.attachmentHourly"),
        price($0.perGB, key: "transitGateway.perGB")
      )
    }
    guard let natHourly = nat.0, let natPerGB = nat.1, let endpointHourly, let endpointData,
      let ipv4, let crossAZ, let confidence = PriceConfidence(rawValue: file.confidence)
    else { return nil }
    if let internet, internet == nil { return nil }
    var regionalPrice: NATGatewayPrice?
    if let regional {
      guard let hourly = regional.0, let perGB = regional.1 else { return nil }
      regionalPrice = NATGatewayPrice(hourly: hourly, perGB: perGB)
    }
    var transitPrice: TransitGatewayPrice?
    if let transit {
      guard let hourly = transit.0, let perGB = transit.1 else { return nil }
      transitPrice = TransitGatewayPrice(attachmentHourly: hourly, perGB: perGB)
    }
    return PriceTable(
      describedBy: file, confidence: confidence,
      natGateway: NATGatewayPrice(hourly: natHourly, perGB: natPerGB),
      regionalNatGateway: regionalPrice,
      interfaceEndpoint: InterfaceEndpointPrice(hourlyPerAZ: endpointHourly, data: endpointData),
      publicIPv4Hourly: ipv4, crossAZPerGBEachDirection: crossAZ,
      internetOut: internet.flatMap { $0 }, transitGateway: transitPrice, origin: origin)
  }

  private mutating func report(_ key: String, _ message: String) {
    problems.append(PriceTableProblem(origin: origin, key: key, message: message))
  }

  private mutating func checkHeader(_ file: PriceTableFile, expectedRegion: String?) {
    if file.schemaVersion != PriceTableFile.currentSchemaVersion {
      report(
        "schemaVersion",
        "version \(file.schemaVersion) is not supported; this vpccost reads version \(PriceTableFile.currentSchemaVersion)"
      )
    }
    if !RegionCode.isWellFormed(file.region) {
      report("region", "\(quoting: file.region) is not a region code such as us-east-1")
    } else if let expectedRegion, expectedRegion != file.region {
      report(
        "region", "\(quoting: file.region) does not match the file name (\(expectedRegion).json)")
    }
    if file.currency != "USD" {
      report("currency", "\(quoting: file.currency) is not supported; every table is in USD")
    }
    if let azCount = file.azCount, !(1...32).contains(azCount) {
      report("azCount", "\(azCount) is not a plausible AZ count (1 to 32)")
    }
    if !CalendarDate.isValid(file.effectiveDate) {
      report("effectiveDate", "\(quoting: file.effectiveDate) is not a date in the form yyyy-mm-dd")
    }
    if PriceConfidence(rawValue: file.confidence) == nil {
      let known = PriceConfidence.allCases.map(\.rawValue).joined(separator: ", ")
      report("confidence", "\(quoting: file.confidence) is not one of \(known)")
    }
  }

  private mutating func price(_ text: String, key: String) -> Price? {
    switch Price.parse(text) {
    case .success(let price) where price.units < 0:
      report(key, "\(quoting: text) is negative; prices are zero or more")
    case .success(let price):
      return price
    case .failure(.tooPrecise):
      report(key, "\(quoting: text) has more than \(Price.scale) decimals")
    case .failure(.outOfRange):
      report(key, "\(quoting: text) is more than \(Price.maximum.decimalString) per unit")
    case .failure(.malformed):
      report(key, "\(quoting: text) is not a decimal price such as \"0.045\"")
    }
    return nil
  }

  private mutating func tiers(
    _ written: [PriceTableFile.Tier], key: String, mustBeOpen: Bool
  ) -> TieredPrice? {
    guard !written.isEmpty else {
      report(key, "needs at least one tier")
      return nil
    }
    var tiers: [PriceTier] = []
    var previousBound = Quantity.zero
    for (index, tier) in written.enumerated() {
      let tierKey = "\(key)[\(index)]"
      guard let perGB = price(tier.perGB, key: tierKey + ".perGB") else { return nil }
      let isLast = index == written.count - 1
      guard let boundText = tier.upToGB else {
        if !isLast { report(tierKey + ".upToGB", "only the last tier may be open-ended") }
        tiers.append(PriceTier(upToGB: nil, perGB: perGB))
        continue
      }
      guard case .success(let bound) = Quantity.parse(boundText, limit: WorkloadLimits.maxGB),
        bound > previousBound
      else {
        report(
          tierKey + ".upToGB",
          "\(quoting: boundText) must be a GB bound above the previous tier's (\(previousBound.decimalString))"
        )
        return nil
      }
      previousBound = bound
      tiers.append(PriceTier(upToGB: bound, perGB: perGB))
    }
    if mustBeOpen && tiers.last?.upToGB != nil {
      report(key, "the last tier must be open-ended (no upToGB)")
    }
    return TieredPrice(tiers: tiers)
  }
}
