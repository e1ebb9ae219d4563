/// Whether a charge is paid by the hour, by the GB processed, for crossing AZs, or for an address.
public enum ChargeCategory: String, Sendable, CaseIterable {
  /// Gateway-hours, endpoint-AZ-hours, attachment-hours and hosted zones: paid whether traffic
  /// flows or not.
  case hourly
  /// Per GB processed by a gateway or an endpoint.
  case data
  /// Per GB that crosses between AZs.
  case crossAZ = "cross-az"
  /// Public IPv4 address-hours.
  case publicIPv4 = "public-ipv4"
  /// Data transfer out to the internet.
  case internetEgress = "internet-egress"

  /// Whether the charge is paid regardless of traffic.
  public var isFixed: Bool { self == .hourly || self == .publicIPv4 }
}
