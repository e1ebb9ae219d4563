import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// The `network` object of `review --format json`: the model as read, in source-neutral terms.
@Suite struct ReviewNetworkJSONTests {
  /// A VPC with DNS hostnames on; a public subnet in us-east-1a and a private one in the
  /// region's AZ #1; the private subnet routed to a NAT gateway in the public one, the public
  /// subnet to an internet gateway; an SQS interface endpoint and an S3 gateway endpoint; a
  /// function in the private subnet and a subnet parameter that uses SQS and S3.
  static let template = """
    Parameters:
      Extra: {Type: 'AWS::EC2::Subnet::Id'}
    Resources:
      Vpc: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: 10.0.0.0/16, EnableDnsHostnames: true}}
      Public: {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc, AvailabilityZone: us-east-1a}}
      Private:
        Type: 'AWS::EC2::Subnet'
        Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [1, !GetAZs '']}
      Igw: {Type: 'AWS::EC2::InternetGateway'}
      Nat: {Type: 'AWS::EC2::NatGateway', Properties: {SubnetId: !Ref Public}}
      PublicRoutes: {Type: 'AWS::EC2::RouteTable', Properties: {VpcId: !Ref Vpc}}
      PublicDefault:
        Type: 'AWS::EC2::Route'
        Properties: {RouteTableId: !Ref PublicRoutes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
      PublicAssociation:
        Type: 'AWS::EC2::SubnetRouteTableAssociation'
        Properties: {RouteTableId: !Ref PublicRoutes, SubnetId: !Ref Public}
      PrivateRoutes: {Type: 'AWS::EC2::RouteTable', Properties: {VpcId: !Ref Vpc}}
      PrivateDefault:
        Type: 'AWS::EC2::Route'
        Properties: {RouteTableId: !Ref PrivateRoutes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}
      PrivateAssociation:
        Type: 'AWS::EC2::SubnetRouteTableAssociation'
        Properties: {RouteTableId: !Ref PrivateRoutes, SubnetId: !Ref Private}
      Sqs:
        Type: 'AWS::EC2::VPCEndpoint'
        Properties:
          VpcId: !Ref Vpc
          VpcEndpointType: Interface
          ServiceName: !Sub 'com.amazonaws.${AWS::Region}.sqs'
          SubnetIds: [!Ref Private]
          SecurityGroupIds: [sg-1]
          PrivateDnsEnabled: true
      S3:
        Type: 'AWS::EC2::VPCEndpoint'
        Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.s3, RouteTableIds: [!Ref PrivateRoutes]}
      Worker:
        Type: 'AWS::Serverless::Function'
        Properties:
          Runtime: python3.13
          Handler: app.handler
          CodeUri: .
          Policies:
            - SQSSendMessagePolicy: {QueueName: jobs}
            - S3ReadPolicy: {BucketName: data}
          VpcConfig: {SubnetIds: [!Ref Private, !Ref Extra], SecurityGroupIds: [sg-1]}
    """

  static func document() throws -> [String: Any] {
    let path = try TestSupport.file(template, name: "t.yaml")
    let result = TestSupport.run(["review", path, "--format", "json", "--fail-on", "never"])
    #expect(result.code == .ok, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  /// JSON text of a value, keys sorted, for comparing with what the template says.
  static func text(_ value: Any?) throws -> String {
    let data = try JSONSerialization.data(
      withJSONObject: try #require(value), options: [.sortedKeys, .fragmentsAllowed])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func theNetworkIsWhatTheTemplateBuilds() throws {
    let document = try Self.document()
    #expect(document["schemaVersion"] as? Int == 2)
    let network = try #require(document["network"] as? [String: Any])
    #expect(
      try Self.text(network["vpcs"])
        == #"[{"dnsHostnames":"on","dnsSupport":"unset","id":"Vpc","line":4}]"#)
    #expect(
      try Self.text(network["subnets"])
        == #"[{"az":"us-east-1a","azIndex":null,"defaultRoute":"igw","id":"Public","line":5},"#
        + #"{"az":null,"azIndex":1,"defaultRoute":"nat:Nat","id":"Private","line":6}]"#)
    #expect(
      try Self.text(network["natGateways"])
        == #"[{"az":"us-east-1a","azIndex":null,"id":"Nat","line":10,"regional":false}]"#)
    #expect(
      try Self.text(network["interfaceEndpoints"])
        == ##"[{"azs":["#1"],"azsUnknownBecause":null,"id":"Sqs","kind":"aws","line":25,"privateDNS":true,"service":"sqs"}]"##
    )
    #expect(
      try Self.text(network["gatewayEndpoints"])
        == #"[{"id":"S3","line":34,"routeTables":["PrivateRoutes"],"service":"s3"}]"#)
    // Worker's subnets: Private (the template's) and Extra (a parameter, AZ not shown).
    let functions = try #require(network["functions"] as? [[String: Any]])
    #expect(functions.count == 1)
    #expect(functions.first?["subnets"] as? [String] == ["Private", "Extra"])
    #expect(functions.first?["azs"] is NSNull)
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["functions"] as? Int == 1)
    let used = try #require(design["usedServices"] as? [[String: Any]])
    #expect(
      used.map { "\($0["service"] ?? "") \($0["way"] ?? "")" } == [
        "sqs interface-endpoint", "s3 gateway-endpoint",
      ])
  }
}
