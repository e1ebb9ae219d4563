/// The prices of one AWS region that the cost model needs, validated and exact.
///
/// A table is immutable and shared: a reference, so that batch results and calculators that
/// hold it cost no copying.
package final class PriceTable: Sendable {
  /// The region code, such as `us-east-1`.
  package let region: String
  /// AWS's name for the region, such as `US East (N. Virginia)`.
  package let location: String
  /// The currency of every price (`USD`).
  package let currency: String
  /// How many Availability Zones the region has, where known.
  package let azCount: Int?
  /// When these prices took effect (`yyyy-mm-dd`).
  package let effectiveDate: String
  /// Where the prices come from, in words.
  package let source: String
  /// How well the table's figures are confirmed, unless `unverified` names a figure.
  package let confidence: PriceConfidence
  /// The Price List usage-type prefix of the region (`USE1`), where known.
  package let usageTypePrefix: String?
  /// The zonal NAT gateway's prices.
  package let natGateway: NATGatewayPrice
  /// The regional NAT gateway's prices, where the table knows them (else the zonal ones apply).
  package let regionalNatGateway: NATGatewayPrice?
  /// The interface endpoint's prices.
  package let interfaceEndpoint: InterfaceEndpointPrice
  /// The price of one public IPv4 address per hour.
  package let publicIPv4Hourly: Price
  /// The price per GB of traffic between AZs, charged in each direction.
  package let crossAZPerGBEachDirection: Price
  /// Internet data-transfer-out tiers, where the table knows them.
  package let internetOut: TieredPrice?
  /// Figures the table carries without a confirming source: key path to reason.
  package let unverified: [String: String]
  /// The file the table was read from, or `embedded`.
  package let origin: String

  /// Creates a table from validated parts (`PriceTableValidator` is the one caller).
  init(
    region: String, location: String, currency: String, azCount: Int?, effectiveDate: String,
    source: String, confidence: PriceConfidence, usageTypePrefix: String?,
    natGateway: NATGatewayPrice, regionalNatGateway: NATGatewayPrice? = nil,
    interfaceEndpoint: InterfaceEndpointPrice,
    publicIPv4Hourly: Price, crossAZPerGBEachDirection: Price, internetOut: TieredPrice?,
    unverified: [String: String], origin: String
  ) {
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
    self.publicIPv4Hourly = publicIPv4Hourly
    self.crossAZPerGBEachDirection = crossAZPerGBEachDirection
    self.internetOut = internetOut
    self.unverified = unverified
    self.origin = origin
  }
}
