/// The JSON layout of a file in PriceTables/: every price a decimal string.
///
/// This is the on-disk contract; `PriceTableDecoder` turns it into a validated `PriceTable`.
struct PriceTableFile: Codable, Sendable {
  /// A tier as written in a file: a cumulative bound (absent on an open-ended tier) and a price.
  struct Tier: Codable, Sendable {
    var upToGB: String?
    var perGB: String
  }

  /// The NAT gateway's prices as written.
  struct NATGateway: Codable, Sendable {
    var hourly: String
    var perGB: String
  }

  /// The interface endpoint's prices as written.
  struct InterfaceEndpoint: Codable, Sendable {
    var hourlyPerAZ: String
    var dataTiers: [Tier]
  }

  /// The public IPv4 address price as written.
  struct PublicIPv4: Codable, Sendable {
    var hourly: String
  }

  /// The cross-AZ price as written.
  struct CrossAZ: Codable, Sendable {
    var perGBEachDirection: String
  }

  /// Internet egress tiers as written.
  struct InternetOut: Codable, Sendable {
    var tiers: [Tier]
  }

  var schemaVersion: Int
  var region: String
  var location: String
  var currency: String
  var azCount: Int?
  var effectiveDate: String
  var source: String
  var confidence: String
  var usageTypePrefix: String?
  var natGateway: NATGateway
  var regionalNatGateway: NATGateway?
  var interfaceEndpoint: InterfaceEndpoint
  var publicIPv4: PublicIPv4
  var crossAZ: CrossAZ
  var internetOut: InternetOut?
  var unverified: [String: String]?
}
