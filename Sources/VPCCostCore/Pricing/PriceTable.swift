/// The prices of one AWS region that the cost model needs, validated and exact.
///
/// A table is immutable and shared: a reference, so that batch results and calculators that
/// hold it cost no copying.
public final class PriceTable: Sendable {
  /// The region code, such as `us-east-1`.
  public let region: String
  /// AWS's name for the region, such as `US East (N. Virginia)`.
  public let location: String
  /// The currency of every price (`USD`).
  public let currency: String
  /// How many Availability Zones the region has, where known.
  public let azCount: Int?
  /// When these prices took effect (`yyyy-mm-dd`).
  public let effectiveDate: String
  /// Where the prices come from, in words.
  public let source: String
  /// How well the table's figures are confirmed, unless `unverified` names a figure.
  public let confidence: PriceConfidence
  /// The Price List usage-type prefix of the region (`USE1`), where known.
  public let usageTypePrefix: String?
  /// The zonal NAT gateway's prices.
  public let natGateway: NATGatewayPrice
  /// The regional NAT gateway's prices, where the table knows them (else the zonal ones apply).
  public let regionalNatGateway: NATGatewayPrice?
  /// The interface endpoint's prices.
  public let interfaceEndpoint: InterfaceEndpointPrice
  /// The price of one public IPv4 address per hour.
  public let publicIPv4Hourly: Price
  /// The price per GB of traffic between AZs, charged in each direction.
  public let crossAZPerGBEachDirection: Price
  /// Internet data-transfer-out tiers, where the table knows them.
  public let internetOut: TieredPrice?
  /// The Transit Gateway's VPC attachment prices, where the table knows them.
  public let transitGateway: TransitGatewayPrice?
  /// Figures the table carries without a confirming source: key path to reason.
  public let unverified: [String: String]
  /// The file the table was read from, or `embedded`.
  public let origin: String

  /// Creates a table from validated prices.
  ///
  /// The descriptive fields (region, location, currency, AZ count, date, source, usage-type
  /// prefix, unverified notes) come as written in the file. `PriceTableValidator` is the one
  /// caller.
  init(
    describedBy file: PriceTableFile, confidence: PriceConfidence, natGateway: NATGatewayPrice,
    regionalNatGateway: NATGatewayPrice?, interfaceEndpoint: InterfaceEndpointPrice,
    publicIPv4Hourly: Price, crossAZPerGBEachDirection: Price, internetOut: TieredPrice?,
    transitGateway: TransitGatewayPrice?, origin: String
  ) {
    region = file.region
    location = file.location
    currency = file.currency
    azCount = file.azCount
    effectiveDate = file.effectiveDate
    source = file.source
    usageTypePrefix = file.usageTypePrefix
    unverified = file.unverified ?? [:]
    self.confidence = confidence
    self.natGateway = natGateway
    self.regionalNatGateway = regionalNatGateway
    self.interfaceEndpoint = interfaceEndpoint
    self.publicIPv4Hourly = publicIPv4Hourly
    self.crossAZPerGBEachDirection = crossAZPerGBEachDirection
    self.internetOut = internetOut
    self.transitGateway = transitGateway
    self.origin = origin
  }
}
