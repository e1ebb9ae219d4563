/// A VPC, with the DNS attributes that private DNS needs.
struct VPCNetwork: Sendable {
  /// A VPC attribute as the source sets it.
  enum Setting: Equatable, Sendable {
    /// Not set: the attribute has its default.
    case unset
    case on
    case off
    /// Set to a value the source does not settle (a parameter without default, a condition).
    case unsettled
  }

  let place: NetworkPlace
  /// `EnableDnsHostnames` (off by default).
  let dnsHostnames: Setting
  let dnsHostnamesLine: Int?
  /// `EnableDnsSupport` (on by default).
  let dnsSupport: Setting
  let dnsSupportLine: Int?
}
