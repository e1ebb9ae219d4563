import VPCCostFormats

/// What the review read from its source, in source-neutral terms: the `network` object of
/// `review --format json` and the "Read from the template" line.
///
/// It is built from the `NetworkModel` once, in the review; the renderers only write it out.
package struct NetworkReport: Sendable {
  /// A VPC and its DNS attributes (`on`, `off`, `unset`, `unsettled`).
  package struct VPC: Sendable {
    let id: String
    let line: Int
    let dnsHostnames: String
    let dnsSupport: String
  }

  /// A subnet: its AZ (a name, the Nth AZ of the region, or not shown) and its default route.
  package struct Subnet: Sendable {
    let id: String
    let line: Int
    let zone: ZoneReport
    /// `nat:<id>`, `nat-instance:<id>`, `igw`, `tgw`, `peering`, `elsewhere`, `none`, or
    /// `unknown` (no route table the source shows).
    let defaultRoute: String
  }

  /// A NAT gateway, zonal with its AZ or regional.
  package struct NATGateway: Sendable {
    let id: String
    let line: Int
    let zone: ZoneReport?
    let regional: Bool
  }

  /// An interface endpoint: its service, whether that is an AWS service, a customer's or not
  /// shown, its AZs and private DNS.
  package struct InterfaceEndpoint: Sendable {
    let id: String
    let line: Int
    let service: String
    let kind: String
    let zones: [ZoneReport]
    let zonesUnknownBecause: String?
    let privateDNS: Bool
  }

  /// A gateway endpoint (S3, DynamoDB) and the route tables it is added to.
  package struct GatewayEndpoint: Sendable {
    let id: String
    let line: Int
    let service: String
    let routeTables: [String]
  }

  /// A NAT instance: an instance or network interface that default routes point at, with the
  /// route tables that do (its line when the source defines it).
  package struct NATInstance: Sendable {
    let id: String
    let line: Int?
    let routeTables: [String]
  }

  /// A Transit Gateway attachment: the VPC attached and the AZs of its subnets.
  package struct TransitGatewayAttachment: Sendable {
    let id: String
    let line: Int
    let vpc: String?
    let zones: [ZoneReport]
  }

  /// A security group that matters to the way out: one a function or an interface endpoint
  /// uses, with what uses it.
  package struct SecurityGroup: Sendable {
    let id: String
    let line: Int
    let usedBy: [String]
  }

  /// A function in a VPC: its subnets, their AZs (or why they are not shown) and the AWS
  /// services it uses, each with its way out.
  package struct Function: Sendable {
    let id: String
    let line: Int
    let subnets: [String]
    let zones: [ZoneReport]
    let zonesUnknownBecause: String?
    let services: [UsedService]
  }

  /// An AWS service a function calls, the way its calls leave the VPC, and where the template
  /// shows the use.
  package struct UsedService: Sendable, Equatable {
    let service: String
    /// `interface-endpoint`, `gateway-endpoint`, `nat-gateway`, or `none`.
    let way: String
    let from: String
  }

  package let vpcs: [VPC]
  package let subnets: [Subnet]
  package let natGateways: [NATGateway]
  package let interfaceEndpoints: [InterfaceEndpoint]
  package let gatewayEndpoints: [GatewayEndpoint]
  package let natInstances: [NATInstance]
  package let transitGatewayAttachments: [TransitGatewayAttachment]
  package let securityGroups: [SecurityGroup]
  package let functions: [Function]

  /// The services the functions reach outside the VPC, once each, with their way out.
  package var usedServices: [UsedService] {
    var seen = Set<String>()
    return functions.flatMap(\.services).filter { seen.insert($0.service).inserted }
  }

  /// One line for the table and Markdown: what the source holds, counted.
  package var summary: String {
    var parts: [String] = []
    func count(_ number: Int, _ one: String, _ many: String) {
      if number > 0 { parts.append("\(number) \(number == 1 ? one : many)") }
    }
    count(vpcs.count, "VPC", "VPCs")
    let shown = subnets.filter { $0.zone.isShown }.count
    if !subnets.isEmpty {
      let hidden = subnets.count - shown
      parts.append(
        "\(subnets.count) subnet\(subnets.count == 1 ? "" : "s")"
          + (hidden == 0 ? "" : " (\(hidden) without an AZ the source shows)"))
    }
    count(natGateways.count, "NAT gateway", "NAT gateways")
    count(natInstances.count, "NAT instance", "NAT instances")
    if !interfaceEndpoints.isEmpty {
      let services = interfaceEndpoints.map(\.service).joined(separator: ", ")
      parts.append(
        "\(interfaceEndpoints.count) interface endpoint\(interfaceEndpoints.count == 1 ? "" : "s") (\(services))"
      )
    }
    count(gatewayEndpoints.count, "gateway endpoint", "gateway endpoints")
    count(
      transitGatewayAttachments.count, "Transit Gateway attachment", "Transit Gateway attachments")
    parts.append(
      functions.isEmpty
        ? "no function in a VPC"
        : "\(functions.count) function\(functions.count == 1 ? "" : "s") in a VPC")
    return parts.joined(separator: ", ")
  }
}

/// An AZ as the source shows it: named, the Nth AZ of the region, or not shown.
package enum ZoneReport: Sendable, Equatable {
  case named(String)
  case index(Int)
  case notShown

  /// Whether the source shows the AZ (by name or by index).
  var isShown: Bool { self != .notShown }
}
