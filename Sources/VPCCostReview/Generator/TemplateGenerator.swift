import VPCCostCore
import VPCCostFormats

/// Writes a SAM/CloudFormation fragment for a design, the way a review wants it: private
/// subnets per AZ as parameters; endpoints whose security group allows 443 from the functions'
/// security group, with private DNS, in every AZ; or NAT gateways with Elastic IPs and per-AZ
/// routes; and an execution role with the VPC access policy and a least-privilege invoke.
package enum TemplateGenerator {
  /// The designs this generator writes: every design in one VPC, and the hub of
  /// `hub-endpoints` (`HubTemplateGenerator`).
  package static let designs = DesignID.allCases.filter { $0 != .centralEgress }

  /// The template for a design, AZ count and services (endpoint service names); `spokes` is
  /// the spoke VPC count of a hub.
  package static func template(
    design: DesignID, azs: Int, services: [String], spokes: Int = 2
  ) -> JSONValue {
    if design == .hubEndpoints {
      return HubTemplateGenerator.template(azs: azs, services: services, spokes: spokes)
    }
    var parameters: [(String, JSONValue)] = [
      ("VpcId", .object([("Type", .string("AWS::EC2::VPC::Id"))]))
    ]
    for zone in 1...azs {
      parameters.append(
        (
          "PrivateSubnet\(zone)",
          parameter("AWS::EC2::Subnet::Id", "The functions' private subnet in AZ \(zone)")
        ))
    }
    if design.technology.usesEndpoints {
      parameters.append(
        (
          "FunctionSecurityGroupId",
          parameter("AWS::EC2::SecurityGroup::Id", "The functions' security group")
        ))
    }
    parameters.append(
      ("TargetFunctionName", parameter("String", "The function the VPC functions invoke")))
    var resources: [(String, JSONValue)] = []
    let technology = design.technology
    if technology.hasNATGateway {
      let gateways = design.layout == .perAZ ? azs : 1
      if design.layout != .regional {
        for zone in 1...gateways {
          parameters.append(
            (
              "PublicSubnet\(zone)",
              parameter(
                "AWS::EC2::Subnet::Id",
                "A public subnet (routed to an internet gateway) in AZ \(zone)")
            ))
        }
      }
      resources += natResources(design: design, azs: azs, gateways: gateways)
    }
    if technology.usesEndpoints {
      resources += endpointResources(layout: design.layout, azs: azs, services: services)
    }
    resources.append(("FunctionRole", role()))
    return .object([
      ("AWSTemplateFormatVersion", .string("2010-09-09")),
      (
        "Description",
        .string("vpccost \(design.rawValue): \(design.title), \(azs) AZ\(azs == 1 ? "" : "s")")
      ),
      ("Parameters", .object(parameters)),
      ("Resources", .object(resources)),
      (
        "Outputs",
        .object([
          ("FunctionRoleArn", .object([("Value", getAtt("FunctionRole", "Arn"))])),
          (
            "FunctionSubnetIds",
            .object([
              ("Description", .string("The functions' subnets, for their VpcConfig")),
              (
                "Value",
                .object([
                  (
                    "Fn::Join",
                    .array([.string(","), .array((1...azs).map { ref("PrivateSubnet\($0)") })])
                  )
                ])
              ),
            ])
          ),
        ])
      ),
    ])
  }

  private static func parameter(_ type: String, _ description: String) -> JSONValue {
    .object([("Type", .string(type)), ("Description", .string(description))])
  }

  private static func ref(_ name: String) -> JSONValue { TemplateFragments.ref(name) }
  private static func getAtt(_ name: String, _ attribute: String) -> JSONValue {
    .object([("Fn::GetAtt", .array([.string(name), .string(attribute)]))])
  }
  private static func sub(_ text: String) -> JSONValue { TemplateFragments.sub(text) }
  private static func resource(_ type: String, _ properties: [(String, JSONValue)]) -> JSONValue {
    TemplateFragments.resource(type, properties)
  }

  private static func natResources(design: DesignID, azs: Int, gateways: Int) -> [(
    String, JSONValue
  )] {
    var resources: [(String, JSONValue)] = []
    if design.layout == .regional {
      resources.append(
        (
          "RegionalNatGateway",
          resource(
            "AWS::EC2::NatGateway",
            [("AvailabilityMode", .string("regional")), ("VpcId", ref("VpcId"))])
        ))
    } else {
      for gateway in 1...gateways {
        resources.append(
          ("NatEip\(gateway)", resource("AWS::EC2::EIP", [("Domain", .string("vpc"))])))
        resources.append(
          (
            "NatGateway\(gateway)",
            resource(
              "AWS::EC2::NatGateway",
              [
                ("AllocationId", getAtt("NatEip\(gateway)", "AllocationId")),
                ("SubnetId", ref("PublicSubnet\(gateway)")),
              ])
          ))
      }
    }
    for zone in 1...azs {
      let gateway =
        design.layout == .regional
        ? "RegionalNatGateway" : "NatGateway\(design.layout == .perAZ ? zone : 1)"
      resources.append(
        ("PrivateRouteTable\(zone)", resource("AWS::EC2::RouteTable", [("VpcId", ref("VpcId"))])))
      resources.append(
        (
          "PrivateDefaultRoute\(zone)",
          resource(
            "AWS::EC2::Route",
            [
              ("RouteTableId", ref("PrivateRouteTable\(zone)")),
              ("DestinationCidrBlock", .string("0.0.0.0/0")), ("NatGatewayId", ref(gateway)),
            ])
        ))
      resources.append(
        (
          "PrivateRouteTableAssociation\(zone)",
          resource(
            "AWS::EC2::SubnetRouteTableAssociation",
            [
              ("SubnetId", ref("PrivateSubnet\(zone)")),
              ("RouteTableId", ref("PrivateRouteTable\(zone)")),
            ])
        ))
    }
    return resources
  }

  private static func endpointResources(layout: Layout, azs: Int, services: [String]) -> [(
    String, JSONValue
  )] {
    var resources: [(String, JSONValue)] = [
      (
        "EndpointSecurityGroup",
        resource(
          "AWS::EC2::SecurityGroup",
          [
            ("GroupDescription", .string("Interface endpoints: HTTPS from the functions only")),
            ("VpcId", ref("VpcId")),
            (
              "SecurityGroupIngress",
              .array([
                .object([
                  ("IpProtocol", .string("tcp")), ("FromPort", .integer(443)),
                  ("ToPort", .integer(443)),
                  ("SourceSecurityGroupId", ref("FunctionSecurityGroupId")),
                ])
              ])
            ),
          ])
      )
    ]
    let subnets = (1...(layout == .singleAZ ? 1 : azs)).map { ref("PrivateSubnet\($0)") }
    for service in services {
      // A full service name (com.amazonaws.REGION.NAME, a vpce-svc one) is written as given.
      let full = service.hasPrefix("com.amazonaws.")
      let short = full ? String(service.split(separator: ".").last ?? "") : service
      let name = TemplateFragments.logicalName(short)
      resources.append(
        (
          "\(name)Endpoint",
          resource(
            "AWS::EC2::VPCEndpoint",
            [
              ("VpcEndpointType", .string("Interface")),
              (
                "ServiceName",
                full ? .string(service) : sub("com.amazonaws.${AWS::Region}.\(service)")
              ),
              ("PrivateDnsEnabled", .bool(true)), ("SubnetIds", .array(subnets)),
              ("SecurityGroupIds", .array([ref("EndpointSecurityGroup")])), ("VpcId", ref("VpcId")),
            ])
        ))
    }
    return resources
  }

  private static func role() -> JSONValue {
    let assume: JSONValue = .object([
      ("Version", .string("2012-10-17")),
      (
        "Statement",
        .array([
          .object([
            ("Effect", .string("Allow")),
            ("Principal", .object([("Service", .string("lambda.amazonaws.com"))])),
            ("Action", .string("sts:AssumeRole")),
          ])
        ])
      ),
    ])
    let invoke: JSONValue = .object([
      ("PolicyName", .string("invoke-target-function")),
      (
        "PolicyDocument",
        .object([
          ("Version", .string("2012-10-17")),
          (
            "Statement",
            .array([
              .object([
                ("Effect", .string("Allow")), ("Action", .string("lambda:InvokeFunction")),
                (
                  "Resource",
                  sub(
                    "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${TargetFunctionName}"
                  )
                ),
              ])
            ])
          ),
        ])
      ),
    ])
    return resource(
      "AWS::IAM::Role",
      [
        ("AssumeRolePolicyDocument", assume),
        (
          "ManagedPolicyArns",
          .array([
            sub(
              "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole")
          ])
        ),
        ("Policies", .array([invoke])),
      ])
  }
}
