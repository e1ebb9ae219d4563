import VPCCostFormats

/// The `network` object of `review --format json`: a `NetworkReport` written out.
enum NetworkReportJSON {
  /// The whole object.
  static func network(_ report: NetworkReport) -> JSONValue {
    .object([
      ("vpcs", .array(report.vpcs.map(vpc))),
      ("subnets", .array(report.subnets.map(subnet))),
      ("natGateways", .array(report.natGateways.map(natGateway))),
      ("interfaceEndpoints", .array(report.interfaceEndpoints.map(interfaceEndpoint))),
      ("gatewayEndpoints", .array(report.gatewayEndpoints.map(gatewayEndpoint))),
      ("natInstances", .array(report.natInstances.map(natInstance))),
      (
        "transitGatewayAttachments",
        .array(report.transitGatewayAttachments.map(transitGatewayAttachment))
      ),
      ("securityGroups", .array(report.securityGroups.map(securityGroup))),
      ("functions", .array(report.functions.map(function))),
    ])
  }

  static func usedService(_ used: NetworkReport.UsedService) -> JSONValue {
    .object([
      ("service", .string(used.service)), ("way", .string(used.way)), ("from", .string(used.from)),
    ])
  }

  /// An AZ: its name, or null with the index of the region's AZ list (`azIndex`) or nothing.
  private static func zone(_ zone: ZoneReport?) -> [(String, JSONValue)] {
    switch zone {
    case .named(let name)?: return [("az", .string(name)), ("azIndex", .null)]
    case .index(let index)?: return [("az", .null), ("azIndex", .integer(index))]
    case .notShown?, nil: return [("az", .null), ("azIndex", .null)]
    }
  }

  /// A list of AZs, each a name or `#N` for the region's Nth AZ (callers write null instead
  /// when any is not shown).
  private static func zones(_ zones: [ZoneReport]) -> JSONValue {
    .array(
      zones.compactMap {
        switch $0 {
        case .named(let name): return .string(name)
        case .index(let index): return .string("#\(index)")
        case .notShown: return nil
        }
      })
  }

  private static func place(_ id: String, _ line: Int) -> [(String, JSONValue)] {
    [("id", .string(id)), ("line", .integer(line))]
  }

  private static func vpc(_ vpc: NetworkReport.VPC) -> JSONValue {
    .object(
      place(vpc.id, vpc.line) + [
        ("dnsHostnames", .string(vpc.dnsHostnames)), ("dnsSupport", .string(vpc.dnsSupport)),
      ])
  }

  private static func subnet(_ subnet: NetworkReport.Subnet) -> JSONValue {
    .object(
      place(subnet.id, subnet.line) + zone(subnet.zone) + [
        ("defaultRoute", .string(subnet.defaultRoute))
      ])
  }

  private static func natGateway(_ gateway: NetworkReport.NATGateway) -> JSONValue {
    .object(
      place(gateway.id, gateway.line) + zone(gateway.zone) + [("regional", .bool(gateway.regional))]
    )
  }

  private static func interfaceEndpoint(_ endpoint: NetworkReport.InterfaceEndpoint) -> JSONValue {
    .object(
      place(endpoint.id, endpoint.line) + [
        ("service", .string(endpoint.service)), ("kind", .string(endpoint.kind)),
        (
          "azs",
          endpoint.zonesUnknownBecause == nil && endpoint.zones.allSatisfy(\.isShown)
            ? zones(endpoint.zones) : .null
        ),
        ("azsUnknownBecause", .optional(endpoint.zonesUnknownBecause)),
        ("privateDNS", .bool(endpoint.privateDNS)),
      ])
  }

  private static func gatewayEndpoint(_ endpoint: NetworkReport.GatewayEndpoint) -> JSONValue {
    .object(
      place(endpoint.id, endpoint.line) + [
        ("service", .string(endpoint.service)),
        ("routeTables", .array(endpoint.routeTables.map(JSONValue.string))),
      ])
  }

  private static func natInstance(_ instance: NetworkReport.NATInstance) -> JSONValue {
    .object([
      ("id", .string(instance.id)), ("line", instance.line.map(JSONValue.integer) ?? .null),
      ("routeTables", .array(instance.routeTables.map(JSONValue.string))),
    ])
  }

  private static func transitGatewayAttachment(
    _ attachment: NetworkReport.TransitGatewayAttachment
  ) -> JSONValue {
    .object(
      place(attachment.id, attachment.line) + [
        ("vpc", .optional(attachment.vpc)),
        ("azs", attachment.zones.allSatisfy(\.isShown) ? zones(attachment.zones) : .null),
      ])
  }

  private static func securityGroup(_ group: NetworkReport.SecurityGroup) -> JSONValue {
    .object(
      place(group.id, group.line) + [("usedBy", .array(group.usedBy.map(JSONValue.string)))])
  }

  private static func function(_ function: NetworkReport.Function) -> JSONValue {
    .object(
      place(function.id, function.line) + [
        ("subnets", .array(function.subnets.map(JSONValue.string))),
        (
          "azs",
          function.zonesUnknownBecause == nil && function.zones.allSatisfy(\.isShown)
            ? zones(function.zones) : .null
        ),
        ("azsUnknownBecause", .optional(function.zonesUnknownBecause)),
        ("services", .array(function.services.map(usedService))),
      ])
  }
}
