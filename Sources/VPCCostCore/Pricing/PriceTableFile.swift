/// A price table as written in PriceTables/: every price a decimal string, nothing checked yet.
///
/// This is the on-disk contract, independent of any text format: VPCCostFormats reads and
/// writes it as JSON, the embedded tables are compiled in as its literals, and
/// `PriceTableValidator` turns it into a validated `PriceTable`.
package struct PriceTableFile: Sendable, Equatable {
  /// The layout version this build reads and writes.
  package static let currentSchemaVersion = 1

  /// A tier as written in a file: a cumulative bound (absent on an open-ended tier) and a price.
  package struct Tier: Sendable, Equatable {
    package var upToGB: String?
    package var perGB: String

    /// Creates a tier.
    package init(upToGB: String?, perGB: String) {
      self.upToGB = upToGB
      self.perGB = perGB
    }
  }

  /// The NAT gateway's prices as written.
  package struct NATGateway: Sendable, Equatable {
    package var hourly: String
    package var perGB: String

    /// Creates the NAT gateway's prices.
    package init(hourly: String, perGB: String) {
      self.hourly = hourly
      self.perGB = perGB
    }
  }

  /// The interface endpoint's prices as written.
  package struct InterfaceEndpoint: Sendable, Equatable {
    package var hourlyPerAZ: String
    package var dataTiers: [Tier]

    /// Creates the interface endpoint's prices.
    package init(hourlyPerAZ: String, dataTiers: [Tier]) {
      self.hourlyPerAZ = hourlyPerAZ
      self.dataTiers = dataTiers
    }
  }

  /// The public IPv4 address price as written.
  package struct PublicIPv4: Sendable, Equatable {
    package var hourly: String

    /// Creates the public IPv4 price.
    package init(hourly: String) { self.hourly = hourly }
  }

  /// The cross-AZ price as written.
  package struct CrossAZ: Sendable, Equatable {
    package var perGBEachDirection: String

    /// Creates the cross-AZ price.
    package init(perGBEachDirection: String) { self.perGBEachDirection = perGBEachDirection }
  }

  /// Internet egress tiers as written.
  package struct InternetOut: Sendable, Equatable {
    package var tiers: [Tier]

    /// Creates the internet egress tiers.
    package init(tiers: [Tier]) { self.tiers = tiers }
  }

  /// The Transit Gateway's prices as written: per VPC attachment-hour and per GB processed.
  package struct TransitGateway: Sendable, Equatable {
    package var attachmentHourly: String
    package var perGB: String

    /// Creates the Transit Gateway's prices.
    package init(attachmentHourly: String, perGB: String) {
      self.attachmentHourly = attachmentHourly
      self.perGB = perGB
    }
  }

  package var schemaVersion: Int
  package var region: String
  package var location: String
  package var currency: String
  package var azCount: Int?
  package var effectiveDate: String
  package var source: String
  package var confidence: String
  package var usageTypePrefix: String?
  package var natGateway: NATGateway
  package var regionalNatGateway: NATGateway?
  package var interfaceEndpoint: InterfaceEndpoint
  package var publicIPv4: PublicIPv4
  package var crossAZ: CrossAZ
  package var internetOut: InternetOut?
  package var transitGateway: TransitGateway?
  package var unverified: [String: String]?

  /// Creates a table file from its fields.
  package init(
    schemaVersion: Int, region: String, location: String, currency: String, azCount: Int?,
    effectiveDate: String, source: String, confidence: String, usageTypePrefix: String?,
    natGateway: NATGateway, regionalNatGateway: NATGateway?, interfaceEndpoint: InterfaceEndpoint,
    publicIPv4: PublicIPv4, crossAZ: CrossAZ, internetOut: InternetOut?,
    transitGateway: TransitGateway? = nil, unverified: [String: String]?
  ) {
    self.schemaVersion = schemaVersion
    self.region = region
    self.location = location
    self.currency = currency
    self.azCount = azCount
    self.effectiveDate = effectiveDate
    self.source = source
    self.confidence = confidence
    self.usageTypePrefix = usageTypePrefix
    self.natGateway = natGateway
    self.regionalNatGateway = regionalNatGateway
    self.interfaceEndpoint = interfaceEndpoint
    self.publicIPv4 = publicIPv4
    self.crossAZ = crossAZ
    self.internetOut = internetOut
    self.transitGateway = transitGateway
    self.unverified = unverified
  }
}
