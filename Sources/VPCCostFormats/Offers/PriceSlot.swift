import VPCCostCore

/// Which figure of a price table an offer's usage type supplies.
package enum PriceSlot: String, Sendable, CaseIterable {
  case natHourly = "natGateway.hourly"
  case natPerGB = "natGateway.perGB"
  case regionalNatHourly = "regionalNatGateway.hourly"
  case regionalNatPerGB = "regionalNatGateway.perGB"
  case endpointHourly = "interfaceEndpoint.hourlyPerAZ"
  case endpointData = "interfaceEndpoint.dataTiers"
  case publicIPv4 = "publicIPv4.hourly"
  case crossAZ = "crossAZ.perGBEachDirection"
  case internetOut = "internetOut.tiers"
  case transitGatewayHourly = "transitGateway.attachmentHourly"
  case transitGatewayPerGB = "transitGateway.perGB"

  /// The usage type after its region prefix, matched exactly.
  ///
  /// `RegionalNatGateway-Hours` contains `NatGateway-Hours`, and `NatGateway-Prvd-Bytes`,
  /// `VpcEndpoint-GWLBE-*` and `VpcEndpoint-Resource-*` are other products: exact matching of
  /// the whole remainder keeps them apart.
  var usageType: String {
    switch self {
    case .natHourly: return "NatGateway-Hours"
    case .natPerGB: return "NatGateway-Bytes"
    case .regionalNatHourly: return "RegionalNatGateway-Hours"
    case .regionalNatPerGB: return "RegionalNatGateway-Bytes"
    case .endpointHourly: return "VpcEndpoint-Hours"
    case .endpointData: return "VpcEndpoint-Bytes"
    case .publicIPv4: return "PublicIPv4:InUseAddress"
    case .crossAZ: return "DataTransfer-Regional-Bytes"
    case .internetOut: return "DataTransfer-Out-Bytes"
    case .transitGatewayHourly: return "TransitGateway-Hours"
    case .transitGatewayPerGB: return "TransitGateway-Bytes"
    }
  }

  /// The operation a product must have, where the usage type alone is ambiguous.
  ///
  /// Every Transit Gateway attachment (VPC, VPN, Direct Connect, peering, Connect) is billed
  /// under the same `TransitGateway-Hours` and `TransitGateway-Bytes` usage types; only the
  /// operation `TransitGatewayVPC` is the VPC attachment that spokes and hubs use.
  var requiredOperation: String? {
    switch self {
    case .transitGatewayHourly, .transitGatewayPerGB: return "TransitGatewayVPC"
    default: return nil
    }
  }

  /// Whether the figure is tiered.
  var isTiered: Bool { self == .endpointData || self == .internetOut }

  private static let byUsageType: [String: PriceSlot] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.usageType, $0) })

  /// The slot and region prefix of a usage type and operation, or nil when vpccost does not
  /// read it.
  ///
  /// A prefix is upper-case letters and digits before the first dash (`USE1`, `EU`, `APS3`);
  /// us-east-1's NAT gateway usage types in AmazonEC2 have none.
  package static func match(
    usageType: String, operation: String?
  ) -> (slot: PriceSlot, prefix: String?)? {
    guard let found = match(usageType: usageType) else { return nil }
    if let required = found.slot.requiredOperation, operation != required { return nil }
    return found
  }

  private static func match(usageType: String) -> (slot: PriceSlot, prefix: String?)? {
    if let slot = byUsageType[usageType] { return (slot, nil) }
    guard let dash = usageType.firstIndex(of: "-") else { return nil }
    let prefix = usageType[..<dash]
    guard !prefix.isEmpty,
      prefix.utf8.allSatisfy({
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
      }),
      let slot = byUsageType[String(usageType[usageType.index(after: dash)...])]
    else { return nil }
    return (slot, String(prefix))
  }
}
