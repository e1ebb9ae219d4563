import VPCCostCore
import VPCCostFormats

/// Writes the hub VPC of `hub-endpoints`: interface endpoints with private DNS off, shared with
/// the spoke VPCs through a Transit Gateway, and one Route 53 private hosted zone per service
/// whose alias record points at the endpoint, associated with the hub and every spoke.
///
/// The Transit Gateway and its attachments are left to the network team's own stack: they are
/// parameters of routing, not of this decision.
package enum HubTemplateGenerator {
  /// The hub template for an AZ count, services and spoke VPC count.
  package static func template(azs: Int, services: [String], spokes: Int) -> JSONValue {
    var parameters: [(String, JSONValue)] = [
      ("HubVpcId", parameter("AWS::EC2::VPC::Id", "The hub VPC that holds the shared endpoints"))
    ]
    for zone in 1...azs {
      parameters.append(
        ("HubSubnet\(zone)", parameter("AWS::EC2::Subnet::Id", "A hub subnet in AZ \(zone)")))
    }
    parameters.append(
      (
        "SpokeCidr",
        .object([
          ("Type", .string("String")),
          (
            "Description",
            .string(
              "The spoke VPCs' address range, allowed to reach the endpoints through the Transit Gateway"
            )
          ),
          ("AllowedPattern", .string("^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$")),
        ])
      ))
    for spoke in 1...spokes {
      parameters.append(
        (
          "SpokeVpc\(spoke)",
          parameter("AWS::EC2::VPC::Id", "Spoke VPC \(spoke), associated with every hosted zone")
        ))
    }
    var resources: [(String, JSONValue)] = [("EndpointSecurityGroup", securityGroup())]
    for service in services {
      resources += serviceResources(service, azs: azs, spokes: spokes)
    }
    return .object([
      ("AWSTemplateFormatVersion", .string("2010-09-09")),
      (
        "Description",
        .string(
          "vpccost hub-endpoints: \(DesignID.hubEndpoints.title), \(azs) AZ\(azs == 1 ? "" : "s"), \(spokes) spoke VPCs"
        )
      ),
      ("Parameters", .object(parameters)),
      ("Resources", .object(resources)),
      (
        "Outputs",
        .object([
          (
            "EndpointSecurityGroupId",
            .object([("Value", TemplateFragments.ref("EndpointSecurityGroup"))])
          )
        ])
      ),
    ])
  }

  /// The DNS name the SDK uses for a service: `lambda.REGION.amazonaws.com`, and for dotted
  /// names the parts reversed (`ecr.api` is `api.ecr.REGION.amazonaws.com`).
  static func dnsName(_ service: String) -> String {
    let parts = service.split(separator: ".").reversed().joined(separator: ".")
    return "\(parts).${AWS::Region}.amazonaws.com"
  }

  private static func parameter(_ type: String, _ description: String) -> JSONValue {
    .object([("Type", .string(type)), ("Description", .string(description))])
  }

  private static func securityGroup() -> JSONValue {
    TemplateFragments.resource(
      "AWS::EC2::SecurityGroup",
      [
        (
          "GroupDescription",
          .string(
            "Shared interface endpoints: HTTPS from the spoke VPCs through the Transit Gateway")
        ),
        ("VpcId", TemplateFragments.ref("HubVpcId")),
        (
          "SecurityGroupIngress",
          .array([
            .object([
              ("IpProtocol", .string("tcp")), ("FromPort", .integer(443)),
              ("ToPort", .integer(443)), ("CidrIp", TemplateFragments.ref("SpokeCidr")),
            ])
          ])
        ),
      ])
  }

  /// The endpoint, its hosted zone and its alias record(s) for one service.
  private static func serviceResources(_ service: String, azs: Int, spokes: Int) -> [(
    String, JSONValue
  )] {
    let short =
      service.hasPrefix("com.amazonaws.")
      ? service.split(separator: ".").dropFirst(3).joined(separator: ".") : service
    let name = TemplateFragments.logicalName(short)
    let dns = dnsName(short)
    let vpcs =
      [TemplateFragments.ref("HubVpcId")]
      + (1...spokes).map { TemplateFragments.ref("SpokeVpc\($0)") }
    var resources: [(String, JSONValue)] = [
      (
        "\(name)Endpoint",
        TemplateFragments.resource(
          "AWS::EC2::VPCEndpoint",
          [
            ("VpcEndpointType", .string("Interface")),
            ("ServiceName", TemplateFragments.sub("com.amazonaws.${AWS::Region}.\(short)")),
            ("PrivateDnsEnabled", .bool(false)),
            ("SubnetIds", .array((1...azs).map { TemplateFragments.ref("HubSubnet\($0)") })),
            ("SecurityGroupIds", .array([TemplateFragments.ref("EndpointSecurityGroup")])),
            ("VpcId", TemplateFragments.ref("HubVpcId")),
          ])
      ),
      (
        "\(name)HostedZone",
        TemplateFragments.resource(
          "AWS::Route53::HostedZone",
          [
            ("Name", TemplateFragments.sub(dns)),
            (
              "HostedZoneConfig",
              .object([
                ("Comment", .string("\(short) through the hub's interface endpoint"))
              ])
            ),
            (
              "VPCs",
              .array(
                vpcs.map {
                  .object([("VPCId", $0), ("VPCRegion", TemplateFragments.ref("AWS::Region"))])
                })
            ),
          ])
      ),
      ("\(name)Record", record(name: name, dns: dns)),
    ]
    // Image pulls go to ACCOUNT.dkr.ecr.REGION.amazonaws.com: a wildcard record serves them.
    if short == "ecr.dkr" {
      resources.append(("\(name)WildcardRecord", record(name: name, dns: "*." + dns)))
    }
    return resources
  }

  /// An alias A record to the endpoint's first DNS entry (`ZONEID:NAME`).
  private static func record(name: String, dns: String) -> JSONValue {
    let entry: JSONValue = .object([
      (
        "Fn::Select",
        .array([
          .integer(0),
          .object([("Fn::GetAtt", .array([.string("\(name)Endpoint"), .string("DnsEntries")]))]),
        ])
      )
    ])
    func part(_ index: Int) -> JSONValue {
      .object([
        (
          "Fn::Select",
          .array([.integer(index), .object([("Fn::Split", .array([.string(":"), entry]))])])
        )
      ])
    }
    return TemplateFragments.resource(
      "AWS::Route53::RecordSet",
      [
        ("HostedZoneId", TemplateFragments.ref("\(name)HostedZone")),
        ("Name", TemplateFragments.sub(dns)),
        ("Type", .string("A")),
        (
          "AliasTarget",
          .object([
            ("DNSName", part(1)), ("HostedZoneId", part(0)),
            ("EvaluateTargetHealth", .bool(false)),
          ])
        ),
      ])
  }
}
