import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// The review reads what a template means, one idiom a template (issue 23): each asserts the
/// `network` object, the `design` and the findings with resource and line, as JSON.
@Suite struct ReviewIdiomJSONTests {
  /// Runs the review of a template as JSON and parses it.
  static func document(_ template: String, _ flags: [String] = []) throws -> [String: Any] {
    let path = try TestSupport.file(template, name: "t.yaml")
    let result = TestSupport.run(
      ["review", path, "--format", "json", "--fail-on", "never"] + flags)
    #expect(result.code == .ok, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  /// JSON text of a value, keys sorted.
  static func text(_ value: Any?) throws -> String {
    try ReviewNetworkJSONTests.text(value)
  }

  /// The findings as `rule resource line`.
  static func findings(_ document: [String: Any]) -> [String] {
    (document["findings"] as? [[String: Any]] ?? []).map {
      "\($0["rule"] ?? "") \($0["resource"] ?? "") \($0["line"] ?? "")"
    }
  }

  /// Subnets of the template through `!Split`, `!Sub` and `!Join` read as their AZs.
  ///
  /// Two subnets of the template, each `!Select [i, !GetAZs ...]` (the index as a number and
  /// as text, the region as `!Ref` and as ''); the function's subnets are `!Split` of a
  /// `!Sub` with a variable map over them, the endpoint's `!Split` of a `!Join`. Both read as
  /// the region's AZs #0 and #1: 2 AZs, known, no VPCC013; the endpoint group, with no rule
  /// for the functions, is VPCC007 at line 17.
  static let splitSubnets = """
    Resources:
      S1:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, AvailabilityZone: !Select [0, !GetAZs !Ref 'AWS::Region']}
      S2:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, AvailabilityZone: !Select ['1', !GetAZs '']}
      Lambda:
        Type: AWS::EC2::VPCEndpoint
        Properties:
          VpcEndpointType: Interface
          VpcId: vpc-1
          ServiceName: !Sub 'com.amazonaws.${AWS::Region}.lambda'
          SubnetIds: !Split [',', !Join [',', [!Ref S1, !Ref S2]]]
          SecurityGroupIds: [!Ref EndpointGroup]
          PrivateDnsEnabled: true
      EndpointGroup:
        Type: AWS::EC2::SecurityGroup
        Properties: {GroupDescription: endpoints, VpcId: vpc-1}
      Caller:
        Type: AWS::Lambda::Function
        Properties:
          Runtime: python3.13
          Handler: index.handler
          Role: arn:aws:iam::123456789012:role/caller
          Code: {ZipFile: x}
          VpcConfig:
            SubnetIds: !Split [',', !Sub ['${A},${B}', {A: !Ref S1, B: !Ref S2}]]
            SecurityGroupIds: [sg-1]
    """

  @Test func subnetsThroughSplitSubAndJoinAreTheTemplates() throws {
    let document = try Self.document(Self.splitSubnets)
    let network = try #require(document["network"] as? [String: Any])
    #expect(
      try Self.text(network["subnets"])
        == #"[{"az":null,"azIndex":0,"defaultRoute":"unknown","id":"S1","line":2},"#
        + #"{"az":null,"azIndex":1,"defaultRoute":"unknown","id":"S2","line":5}]"#)
    #expect(
      try Self.text(network["interfaceEndpoints"])
        == ##"[{"azs":["#0","#1"],"azsUnknownBecause":null,"id":"Lambda","kind":"aws","line":8,"privateDNS":true,"service":"lambda"}]"##
    )
    #expect(
      try Self.text(network["securityGroups"])
        == #"[{"id":"EndpointGroup","line":17,"usedBy":["Lambda"]}]"#)
    let function = try #require((network["functions"] as? [[String: Any]])?.first)
    #expect(function["subnets"] as? [String] == ["S1", "S2"])
    #expect(function["azs"] as? [String] == ["#0", "#1"])
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["id"] as? String == "privatelink-per-az")
    #expect(design["azs"] as? Int == 2)
    #expect(design["azsAtMost"] is NSNull)
    #expect(design["services"] as? [String] == ["lambda"])
    #expect((design["assumptions"] as? [String])?.isEmpty == true)
    #expect(Self.findings(document) == ["VPCC007 EndpointGroup 17"])
  }

  /// A network of a NAT instance, a Transit Gateway and a SageMaker endpoint.
  ///
  /// A network without functions: a subnet in `${AWS::Region}a`, its default route to a NAT
  /// instance, a Transit Gateway attachment, an S3 gateway endpoint on its route table and a
  /// SageMaker notebook endpoint (`aws.sagemaker.${AWS::Region}.notebook`). Its fixed cost is
  /// the notebook endpoint in one AZ: 730 h x $0.01 = $7.30.
  static let sageMakerNetwork = """
    Resources:
      Vpc:
        Type: AWS::EC2::VPC
        Properties: {CidrBlock: 10.0.0.0/16, EnableDnsHostnames: true, EnableDnsSupport: true}
      Private:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Sub '${AWS::Region}a'}
      Routes:
        Type: AWS::EC2::RouteTable
        Properties: {VpcId: !Ref Vpc}
      ToNatBox:
        Type: AWS::EC2::Route
        Properties: {RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, InstanceId: !Ref NatBox}
      PrivateRoutes:
        Type: AWS::EC2::SubnetRouteTableAssociation
        Properties: {RouteTableId: !Ref Routes, SubnetId: !Ref Private}
      NatBox:
        Type: AWS::EC2::Instance
        Properties: {ImageId: ami-12345678, SubnetId: !Ref Private, SourceDestCheck: false}
      Attachment:
        Type: AWS::EC2::TransitGatewayAttachment
        Properties: {TransitGatewayId: tgw-1, VpcId: !Ref Vpc, SubnetIds: [!Ref Private]}
      S3:
        Type: AWS::EC2::VPCEndpoint
        Properties: {VpcId: !Ref Vpc, ServiceName: !Sub 'com.amazonaws.${AWS::Region}.s3', RouteTableIds: [!Ref Routes]}
      Notebook:
        Type: AWS::EC2::VPCEndpoint
        Properties:
          VpcEndpointType: Interface
          VpcId: !Ref Vpc
          ServiceName: !Sub 'aws.sagemaker.${AWS::Region}.notebook'
          SubnetIds: [!Ref Private]
          SecurityGroupIds: [!Ref NotebookGroup]
          PrivateDnsEnabled: true
      NotebookGroup:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: notebook endpoint
          VpcId: !Ref Vpc
          SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16}]
    """

  @Test func aNetworkWithANATInstanceAndANotebookEndpoint() throws {
    let document = try Self.document(Self.sageMakerNetwork)
    let network = try #require(document["network"] as? [String: Any])
    #expect(
      try Self.text(network["subnets"])
        == #"[{"az":"${AWS::Region}a","azIndex":null,"defaultRoute":"nat-instance:NatBox","id":"Private","line":5}]"#
    )
    #expect(
      try Self.text(network["natInstances"])
        == #"[{"id":"NatBox","line":17,"routeTables":["Routes"]}]"#)
    #expect(
      try Self.text(network["transitGatewayAttachments"])
        == #"[{"azs":["${AWS::Region}a"],"id":"Attachment","line":20,"vpc":"Vpc"}]"#)
    #expect(
      try Self.text(network["gatewayEndpoints"])
        == #"[{"id":"S3","line":23,"routeTables":["Routes"],"service":"s3"}]"#)
    #expect(
      try Self.text(network["interfaceEndpoints"])
        == #"[{"azs":["${AWS::Region}a"],"azsUnknownBecause":null,"id":"Notebook","kind":"aws","line":26,"privateDNS":true,"service":"aws.sagemaker.notebook"}]"#
    )
    #expect(
      try Self.text(network["securityGroups"])
        == #"[{"id":"NotebookGroup","line":35,"usedBy":["Notebook"]}]"#)
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["functions"] as? Int == 0)
    #expect(design["fixedMonthlyCost"] as? String == "7.3")
    #expect(document["comparison"] is NSNull)
    #expect(Self.findings(document).isEmpty)
    // With --region, the AZ is named.
    let named = try Self.document(Self.sageMakerNetwork, ["--region", "eu-west-1"])
    let subnets = try #require((named["network"] as? [String: Any])?["subnets"] as? [[String: Any]])
    #expect(subnets.first?["az"] as? String == "eu-west-1a")
  }

  /// Subnets from a mapping by region: three literal ids with --region us-east-1 (at most 3
  /// AZs, priced for 2, VPCC013 at the SubnetIds line 13); without --region the mapping's key
  /// is not known and neither is the bound.
  static let mappedSubnets = """
    Mappings:
      Net:
        us-east-1: {Subnets: 'subnet-1,subnet-2,subnet-3'}
    Resources:
      Caller:
        Type: AWS::Lambda::Function
        Properties:
          Runtime: python3.13
          Handler: index.handler
          Role: arn:aws:iam::123456789012:role/caller
          Code: {ZipFile: x}
          VpcConfig:
            SubnetIds: !Split [',', !FindInMap [Net, !Ref 'AWS::Region', Subnets]]
            SecurityGroupIds: [sg-1]
    """

  @Test func subnetsFromAMappingByRegion() throws {
    let document = try Self.document(Self.mappedSubnets, ["--region", "us-east-1"])
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["azs"] is NSNull)
    #expect(design["azsAtMost"] as? Int == 3)
    let network = try #require(document["network"] as? [String: Any])
    let function = try #require((network["functions"] as? [[String: Any]])?.first)
    #expect(function["subnets"] as? [String] == ["subnet-1", "subnet-2", "subnet-3"])
    #expect(Self.findings(document) == ["VPCC001 Caller 5", "VPCC013 Caller 13"])
    let unknown = try Self.document(Self.mappedSubnets)
    let unknownDesign = try #require(unknown["design"] as? [String: Any])
    #expect(unknownDesign["azsAtMost"] is NSNull)
    let reason = try #require(
      ((unknown["network"] as? [String: Any])?["functions"] as? [[String: Any]])?.first?[
        "azsUnknownBecause"] as? String)
    #expect(reason.contains("AWS::Region is known only when the stack is created (pass --region)"))
  }

  /// SAM's Globals merge as SAM merges them: lists added to, maps merged, values replaced.
  ///
  /// Globals give every function `Runtime: !Ref Runtime` (default go1.x) and subnet A in
  /// us-east-1a; Worker adds subnet B in us-east-1b (lists add: A then B, 2 AZs) and keeps the
  /// Globals' runtime (VPCC012 at the Globals' line 6); Other sets its own runtime and keeps A
  /// alone (one AZ: VPCC020 at the Globals' SubnetIds, line 9).
  static let samGlobals = """
    Transform: AWS::Serverless-2016-10-31
    Parameters:
      Runtime: {Type: String, Default: go1.x}
    Globals:
      Function:
        Runtime: !Ref Runtime
        VpcConfig:
          SecurityGroupIds: [sg-1]
          SubnetIds: [!Ref A]
    Resources:
      A:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, AvailabilityZone: us-east-1a}
      B:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, AvailabilityZone: us-east-1b}
      Worker:
        Type: AWS::Serverless::Function
        Properties:
          Handler: bootstrap
          CodeUri: .
          VpcConfig:
            SubnetIds: [!Ref B]
      Other:
        Type: AWS::Serverless::Function
        Properties:
          Handler: bootstrap
          Runtime: provided.al2023
          CodeUri: .
    """

  @Test func samGlobalsMergeAsSAMMerges() throws {
    let document = try Self.document(Self.samGlobals)
    let functions = try #require(
      (document["network"] as? [String: Any])?["functions"] as? [[String: Any]])
    #expect(functions.map { $0["id"] as? String } == ["Worker", "Other"])
    #expect(functions.first?["subnets"] as? [String] == ["A", "B"])
    #expect(functions.first?["azs"] as? [String] == ["us-east-1a", "us-east-1b"])
    #expect(functions.last?["subnets"] as? [String] == ["A"])
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["azs"] as? Int == 2)
    #expect(design["functions"] as? Int == 2)
    #expect(
      Self.findings(document) == ["VPCC001 Worker 17", "VPCC012 Worker 6", "VPCC020 Other 9"])
  }

  /// AZs from a list parameter without a value, and resources only for the first N of them.
  ///
  /// The VPC quick start's idiom (it ended in exit 64, "--azs '8' is more than the 6 AZs"):
  /// subnets in `!Select [i, !Ref AvailabilityZones]` (same item, same AZ; the items taken to be
  /// distinct AZs, said as an assumption), a third subnet and NAT gateway only when NumberOfAZs
  /// (default '2') is '3'. Under the default: nat-per-az in 2 AZs, 2 x 730 h x ($0.045 +
  /// $0.005) = $73.00 before traffic; with NumberOfAZs=3: 3 AZs, $109.50.
  static let listedZones = """
    Parameters:
      AvailabilityZones: {Type: 'List<AWS::EC2::AvailabilityZone::Name>'}
      NumberOfAZs: {Type: String, Default: '2', AllowedValues: ['2', '3']}
    Conditions:
      ThirdAZ: !Equals [!Ref NumberOfAZs, '3']
    Resources:
      Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
      Igw: {Type: AWS::EC2::InternetGateway}
      Public0: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [0, !Ref AvailabilityZones]}}
      Public1: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [1, !Ref AvailabilityZones]}}
      Public2: {Type: AWS::EC2::Subnet, Condition: ThirdAZ, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [2, !Ref AvailabilityZones]}}
      Nat0: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref Public0}}
      Nat1: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref Public1}}
      Nat2: {Type: AWS::EC2::NatGateway, Condition: ThirdAZ, Properties: {SubnetId: !Ref Public2}}
    """

  @Test func zonesFromAListParameterAndConditionsOnTheirNumber() throws {
    let document = try Self.document(Self.listedZones)
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["id"] as? String == "nat-per-az")
    #expect(design["azs"] as? Int == 2)
    #expect(design["fixedMonthlyCost"] as? String == "73")
    #expect(
      design["assumptions"] as? [String] == [
        "the AZs listed in the parameter AvailabilityZones are taken to be distinct AZs"
      ])
    let network = try #require(document["network"] as? [String: Any])
    #expect(
      try Self.text(network["natGateways"])
        == #"[{"az":"${AvailabilityZones[0]}","azIndex":null,"id":"Nat0","line":12,"regional":false},"#
        + #"{"az":"${AvailabilityZones[1]}","azIndex":null,"id":"Nat1","line":13,"regional":false}]"#
    )
    #expect(
      (network["subnets"] as? [[String: Any]])?.map { $0["id"] as? String } == [
        "Public0", "Public1",
      ])
    #expect(Self.findings(document).isEmpty)
    let three = try Self.document(Self.listedZones, ["--parameter", "NumberOfAZs=3"])
    let threeDesign = try #require(three["design"] as? [String: Any])
    #expect(threeDesign["azs"] as? Int == 3)
    #expect(threeDesign["fixedMonthlyCost"] as? String == "109.5")
  }

  /// An endpoint stack of another stack's network: what it does not show stays unknown.
  ///
  /// The service is `${ServiceName}` (no default): counted as one service without a name
  /// (VPCC021 at line 16); the subnets are an import: AZs unknown (VPCC013 at line 23), priced
  /// for 2 AZs (2 x 730 h x $0.01 = $14.60); the security group's rules are chosen by an
  /// `Fn::If` settled false, whose branch allows 443 from the VPC's range: no VPCC007. Given
  /// the service and `--azs 3`: sqs in 3 AZs, $21.90, nothing to report.
  static let importedEndpoint = """
    Parameters:
      ServiceName: {Type: String}
      ClientStack: {Type: String, Default: ''}
    Conditions:
      HasClientStack: !Not [!Equals [!Ref ClientStack, '']]
    Resources:
      Group:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: endpoint
          VpcId: !ImportValue network-VPC
          SecurityGroupIngress: !If
            - HasClientStack
            - [{IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !ImportValue client-Group}]
            - [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !ImportValue network-Cidr}]
      Endpoint:
        Type: AWS::EC2::VPCEndpoint
        Properties:
          VpcEndpointType: Interface
          PrivateDnsEnabled: true
          SecurityGroupIds: [!Ref Group]
          ServiceName: !Sub 'com.amazonaws.${AWS::Region}.${ServiceName}'
          SubnetIds: !Split [',', !ImportValue network-SubnetsPrivate]
          VpcId: !ImportValue network-VPC
    """

  @Test func anEndpointStackOfAnotherStacksNetwork() throws {
    let document = try Self.document(Self.importedEndpoint)
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["azs"] is NSNull)
    #expect(design["azsAtMost"] is NSNull)
    #expect(design["fixedMonthlyCost"] as? String == "14.6")
    let network = try #require(document["network"] as? [String: Any])
    #expect(
      try Self.text(network["interfaceEndpoints"])
        == #"[{"azs":null,"azsUnknownBecause":"an import (Fn::ImportValue)","id":"Endpoint","kind":"unknown","line":16,"privateDNS":true,"service":"unknown"}]"#
    )
    #expect(Self.findings(document) == ["VPCC021 Endpoint 16", "VPCC013 Endpoint 23"])
    let given = try Self.document(
      Self.importedEndpoint, ["--parameter", "ServiceName=sqs", "--azs", "3"])
    let givenDesign = try #require(given["design"] as? [String: Any])
    #expect(givenDesign["services"] as? [String] == ["sqs"])
    #expect(givenDesign["azs"] as? Int == 3)
    #expect(givenDesign["fixedMonthlyCost"] as? String == "21.9")
    #expect(Self.findings(given).isEmpty)
  }
}
