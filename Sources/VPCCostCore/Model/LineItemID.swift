/// The charges a design is made of, by their ids in every output format.
public enum LineItemID: String, Sendable, CaseIterable {
  case natHours = "nat-hours"
  case natData = "nat-data"
  case publicIPv4 = "public-ipv4"
  case crossAZ = "cross-az"
  case endpointHours = "endpoint-hours"
  case endpointData = "endpoint-data"
  case internetEgress = "internet-egress"
  case gatewayEndpoint = "gateway-endpoint"
  case tgwAttachments = "tgw-attachments"
  case tgwData = "tgw-data"
  case hostedZones = "private-hosted-zones"

  /// The kind of charge, for the summary columns of CSV exports.
  public var category: ChargeCategory {
    switch self {
    case .natHours, .endpointHours, .tgwAttachments, .hostedZones: return .hourly
    case .natData, .endpointData, .gatewayEndpoint, .tgwData: return .data
    case .internetEgress: return .internetEgress
    case .crossAZ: return .crossAZ
    case .publicIPv4: return .publicIPv4
    }
  }
}
