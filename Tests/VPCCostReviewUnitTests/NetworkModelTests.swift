import Testing
import VPCCostTestSupport

@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// The network model between readers and the review (issue 14): the CloudFormation reader
/// fills it, and the checks and the pricing read only it, so a network from another source
/// (a Terraform plan) is reviewed the same way.
@Suite struct NetworkModelTests {
  static let template = """
    Resources:
      Vpc:
        Type: AWS::EC2::VPC
        Properties:
          CidrBlock: 10.0.0.0/16
          EnableDnsHostnames: 'true'
      SubnetA:
        Type: AWS::EC2::Subnet
        Properties:
          VpcId: !Ref Vpc
          AvailabilityZone: us-east-1a
      SubnetB:
        Type: AWS::EC2::Subnet
        Properties:
          VpcId: !Ref Vpc
          AvailabilityZone: !Select [1, !GetAZs '']
      SubnetC:
        Type: AWS::EC2::Subnet
        Properties:
          VpcId: !Ref Vpc
      Gateway:
        Type: AWS::EC2::InternetGateway
      Nat:
        Type: AWS::EC2::NatGateway
        Properties:
          SubnetId: !Ref SubnetC
      PrivateRoutes:
        Type: AWS::EC2::RouteTable
        Properties:
          VpcId: !Ref Vpc
      PrivateDefault:
        Type: AWS::EC2::Route
        Properties:
          RouteTableId: !Ref PrivateRoutes
          DestinationCidrBlock: 0.0.0.0/0
          NatGatewayId: !Ref Nat
      PublicDefault:
        Type: AWS::EC2::Route
        Properties:
          RouteTableId: !Ref PublicRoutes
          DestinationCidrBlock: 0.0.0.0/0
          GatewayId: !Ref Gateway
      InstanceDefault:
        Type: AWS::EC2::Route
        Properties:
          RouteTableId: !Ref InstanceRoutes
          DestinationCidrBlock: 0.0.0.0/0
          InstanceId: i-0123
      AssociationA:
        Type: AWS::EC2::SubnetRouteTableAssociation
        Properties:
          RouteTableId: !Ref PrivateRoutes
          SubnetId: !Ref SubnetA
      AssociationB:
        Type: AWS::EC2::SubnetRouteTableAssociation
        Properties:
          RouteTableId: !Ref PrivateRoutes
          SubnetId: !Ref SubnetB
      AssociationC:
        Type: AWS::EC2::SubnetRouteTableAssociation
        Properties:
          RouteTableId: !Ref PublicRoutes
          SubnetId: !Ref SubnetC
      FunctionGroup:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: functions
          VpcId: !Ref Vpc
          SecurityGroupEgress:
            - IpProtocol: tcp
              FromPort: 5432
              ToPort: 5432
              CidrIp: 10.0.0.0/16
      HttpsOut:
        Type: AWS::EC2::SecurityGroupEgress
        Properties:
          GroupId: !Ref FunctionGroup
          IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIpv6: ::/0
      Role:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: Allow
                Principal:
                  Service: lambda.amazonaws.com
                Action: sts:AssumeRole
          Policies:
            - PolicyName: send
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: sqs:SendMessage
                    Resource: '*'
      Worker:
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.8
          Role: !GetAtt Role.Arn
          VpcConfig:
            SubnetIds: [!Ref SubnetA, !Ref SubnetB]
            SecurityGroupIds: [!Ref FunctionGroup]

    """

  /// The 1-based line of the first line of the template containing `text`.
  static func line(of text: String) -> Int {
    (template.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains(text)
    } ?? -1) + 1
  }

  @Test func readerFillsTheModel() throws {
    let network = CloudFormationNetworkReader.read(try TemplateReader.read(Self.template))
    #expect(network.vpcs.map(\.place.id) == ["Vpc"])
    #expect(network.vpcs[0].dnsHostnames == .on)
    #expect(network.vpcs[0].dnsSupport == .unset)
    // Known, derived and assumed AZs.
    #expect(
      network.subnets.map(\.zone) == [
        .named("us-east-1a"), .index("1"), .assumed("subnet:SubnetC"),
      ])
    #expect(
      network.subnets[0].place == NetworkPlace(id: "SubnetA", line: Self.line(of: "SubnetA:")))
    // Route tables as the routes and associations name them, in that order.
    #expect(
      network.routeTables.map(\.place.id) == ["PrivateRoutes", "PublicRoutes", "InstanceRoutes"])
    #expect(
      network.routeTables.map(\.defaultTarget) == [
        .natGateway("Nat"), .internetGateway("Gateway"), .natInstance("i-0123"),
      ])
    #expect(network.routeTables[0].associations.map(\.subnet) == ["SubnetA", "SubnetB"])
    #expect(
      network.defaultRoutes == [
        "SubnetA": .natGateway("Nat"), "SubnetB": .natGateway("Nat"),
        "SubnetC": .internetGateway("Gateway"),
      ])
    #expect(network.natGateways.map(\.zone) == [.assumed("subnet:SubnetC")])
    #expect(network.servedZones(of: "Nat") == [.named("us-east-1a"), .index("1")])
    // A group's own rules and those attached to it from outside.
    let group = try #require(network.securityGroup("FunctionGroup"))
    #expect(group.egress.map(\.fromPort) == ["5432", "443"])
    #expect(group.egress.map(\.allowsHTTPS) == [false, true])
    #expect(group.egress.map(\.openRange) == [nil, "::/0"])
    #expect(group.egress[1].line == Self.line(of: "GroupId: !Ref FunctionGroup"))
    // IAM: the trust principal with its line, the inline policy granted to the role.
    #expect(network.roles.map(\.principals.first?.name) == ["lambda.amazonaws.com"])
    #expect(network.roles[0].principals[0].line == Self.line(of: "Service: lambda.amazonaws.com"))
    #expect(network.statements(for: "Role").map(\.statement.actions) == [["sqs:SendMessage"]])
    // The function, its role, its services with their source, where it runs.
    let worker = try #require(network.functions.first)
    #expect(worker.place.id == "Worker")
    #expect(worker.runtime == "python3.8")
    #expect(worker.runtimeLine == Self.line(of: "Runtime: python3.8"))
    guard case .defined("Role") = worker.role else {
      Issue.record("expected the template's role, got \(worker.role)")
      return
    }
    #expect(worker.services == [ServiceUse(service: "sqs", source: "sqs:SendMessage in Role")])
    let vpc = try #require(worker.vpc)
    #expect(vpc.subnets == ["SubnetA", "SubnetB"])
    #expect(vpc.zones == [.named("us-east-1a"), .index("1")])
    #expect(vpc.securityGroups == ["FunctionGroup"])
    #expect(vpc.subnetsLine == Self.line(of: "SubnetIds: [!Ref SubnetA"))
    // One NAT gateway for both AZs, through the routes: single-AZ.
    #expect(network.design == .natSingleAZ)
  }

  /// A network built by hand, as a Terraform plan reader would build it, is reviewed.
  ///
  /// Two private subnets in two named AZs, both routed to one NAT gateway while a second
  /// stands idle, and a function calling SQS. The review reads the design from the routes, names the idle and the
  /// shared gateway at their places, dates the runtime, and prices SQS for both AZs.
  @Test func reviewReadsANetworkFromAnySource() throws {
    let a = SubnetZone.named("eu-west-1a")
    let b = SubnetZone.named("eu-west-1b")
    var network = NetworkModel()
    network.subnets = [
      NetworkSubnet(place: NetworkPlace(id: "aws_subnet.private_a", line: 10), zone: a),
      NetworkSubnet(place: NetworkPlace(id: "aws_subnet.private_b", line: 20), zone: b),
    ]
    network.natGateways = [
      NATGateway(place: NetworkPlace(id: "aws_nat_gateway.a", line: 30), zone: a, regional: false),
      NATGateway(place: NetworkPlace(id: "aws_nat_gateway.b", line: 40), zone: b, regional: false),
    ]
    network.routeTables = [
      RouteTable(
        place: NetworkPlace(id: "aws_route_table.private", line: 50),
        routes: [.init(destination: "0.0.0.0/0", target: .natGateway("aws_nat_gateway.a"))],
        associations: [
          .init(subnet: "aws_subnet.private_a", zone: a),
          .init(subnet: "aws_subnet.private_b", zone: b),
        ])
    ]
    network.functions = [
      NetworkFunction(
        place: NetworkPlace(id: "aws_lambda_function.worker", line: 60), runtime: "nodejs16.x",
        runtimeLine: 62, role: .external,
        services: [ServiceUse(service: "sqs", source: "sqs:SendMessage in worker")],
        vpc: VPCAttachment(
          subnets: ["aws_subnet.private_a", "aws_subnet.private_b"], zones: [a, b],
          unknownZones: nil, securityGroups: [], subnetsLine: 64))
    ]
    var input = WorkloadInput()
    input[.region] = "eu-west-1"
    let review = try TemplateReview.review(
      network, input: input, catalog: .embedded, today: CalendarDate.dayNumber("2026-12-01"))
    #expect(review.design == .natSingleAZ)
    #expect(review.azs == 2)
    #expect(review.azsKnown)
    #expect(review.comparison.workload.services.names == ["sqs"])
    #expect(review.comparison.priceTable.region == "eu-west-1")
    #expect(
      review.findings.map { "\($0.rule.id) \($0.resource):\($0.line)" } == [
        // Warnings, by line: the shared gateway, the idle one, the runtime.
        "VPCC008 aws_nat_gateway.a:30", "VPCC017 aws_nat_gateway.b:40",
        "VPCC012 aws_lambda_function.worker:62",
      ])
    #expect(review.findings[0].message.contains("serves private subnets in 2 AZs"))
    #expect(review.findings[2].message.contains("nodejs16.x was deprecated on 2024-06-12"))
  }

  /// Advice quotes the source's own spelling: a model read with Terraform's words gets
  /// `private_dns_enabled = true` and `security_group_ids`, never CloudFormation's properties.
  @Test func adviceUsesTheSourcesWords() throws {
    let a = SubnetZone.named("us-east-1a")
    var network = NetworkModel()
    network.vocabulary = SourceVocabulary(
      privateDNSOn: "private_dns_enabled = true",
      gatewayEndpointType: "vpc_endpoint_type = \"Gateway\"",
      endpointSecurityGroups: "security_group_ids", sourceSecurityGroup: "source_security_group_id",
      dnsHostnames: "enable_dns_hostnames", dnsSupport: "enable_dns_support",
      dnsHostnamesDefault: "the AWS provider's default is false",
      setRole: { "role = \($0).arn" }, functionARN: { "\($0).arn" }, generatedRole: "its role")
    network.interfaceEndpoints = [
      InterfaceEndpoint(
        place: NetworkPlace(id: "aws_vpc_endpoint.sqs", line: 12), service: "sqs", vpc: nil,
        zones: [a], subnetsLine: 14, privateDNS: false, privateDNSLine: 15,
        servedByHostedZone: false, securityGroups: [], hasSecurityGroups: false)
    ]
    let review = try TemplateReview.review(network, input: WorkloadInput(), catalog: .embedded)
    let messages = review.findings.map(\.message).joined(separator: "\n")
    #expect(
      messages.contains("interface endpoint without private DNS (private_dns_enabled = true)"))
    #expect(messages.contains("the endpoint names no security group (security_group_ids)"))
    #expect(!messages.contains("PrivateDnsEnabled"))
    #expect(!messages.contains("SecurityGroupIds"))
  }
}
