/// One ingress or egress rule of a security group.
struct SecurityRule: Sendable {
  /// `tcp`, `6`, `-1` (all), ..., as written.
  let protocolName: String
  /// The first port, as written (nil when not given).
  let fromPort: String?
  /// The last port, as written (nil when not given).
  let toPort: String?
  /// The IPv4 range it allows (`CidrIp`), when the source shows it.
  let ipv4Range: String?
  /// Whether it allows an IPv4 range at all (shown or not, such as a parameter's).
  let allowsIPv4Range: Bool
  /// The IPv6 range it allows (`CidrIpv6`).
  let ipv6Range: String?
  /// The security group it allows (`SourceSecurityGroupId`), by the id the source refers to.
  let sourceGroup: String?
  let line: Int

  /// Whether it lets TCP 443 through (all protocols, or TCP with 443 in its port range).
  var allowsHTTPS: Bool {
    let from = Int(fromPort ?? "") ?? -1
    let to = Int(toPort ?? "") ?? -1
    return protocolName == "-1" || protocolName == "all"
      || (["tcp", "6"].contains(protocolName) && from <= 443 && 443 <= to)
  }

  /// The range it opens to anyone (`0.0.0.0/0` or `::/0`), or nil.
  var openRange: String? {
    if ipv4Range == "0.0.0.0/0" { return ipv4Range }
    return ipv6Range == "::/0" ? ipv6Range : nil
  }
}
