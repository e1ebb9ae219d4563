import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// Reviews of idioms real templates use (issue 14), each on a small template written for it:
/// every finding checked with its resource and line, and nothing said that the template does
/// not show.
@Suite struct ReviewIdiomTests {
  /// A VPC function with one endpoint, the endpoint's properties and runtime given.
  static func template(
    endpoint: String = "PrivateDnsEnabled: true", runtime: String = "python3.12",
    parameters: String = "", serviceName: String = "!Sub com.amazonaws.${AWS::Region}.lambda",
    ingress: String = "SourceSecurityGroupId: !Ref FunctionGroup"
  ) -> String {
    """
    AWSTemplateFormatVersion: '2010-09-09'
    Parameters:
      SubnetA:
        Type: AWS::EC2::Subnet::Id
      SubnetB:
        Type: AWS::EC2::Subnet::Id
      VpcId:
        Type: AWS::EC2::VPC::Id
    \(parameters)
    Resources:
      FunctionGroup:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: functions
          VpcId: !Ref VpcId
      EndpointGroup:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: endpoints
          VpcId: !Ref VpcId
          SecurityGroupIngress:
            - IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              \(ingress)
      Endpoint:
        Type: AWS::EC2::VPCEndpoint
        Properties:
          VpcEndpointType: Interface
          ServiceName: \(serviceName)
          VpcId: !Ref VpcId
          SubnetIds: [!Ref SubnetA, !Ref SubnetB]
          SecurityGroupIds: [!Ref EndpointGroup]
          \(endpoint)
      Caller:
        Type: AWS::Lambda::Function
        Properties:
          Runtime: \(runtime)
          Handler: index.handler
          Role: arn:aws:iam::123456789012:role/caller
          Code:
            ZipFile: "x"
          VpcConfig:
            SubnetIds: [!Ref SubnetA, !Ref SubnetB]
            SecurityGroupIds: [!Ref FunctionGroup]

    """
  }

  static func review(_ text: String, today: String = "2026-12-01") throws -> TemplateReview {
    try TemplateReview.review(
      TemplateReader.read(text), input: WorkloadInput(), catalog: .embedded,
      today: CalendarDate.dayNumber(today))
  }

  static func findings(_ review: TemplateReview, _ rule: String) -> [(String, Int, String)] {
    review.findings.filter { $0.rule.id == rule }.map { ($0.resource, $0.line, $0.message) }
  }

  /// CloudFormation reads `'True'` and a parameter defaulting to true as true; an absent
  /// property is false (its default); a parameter without a default is not known, and not
  /// reported.
  @Test(arguments: [
    ("PrivateDnsEnabled: 'True'", "", 0),
    ("PrivateDnsEnabled: TRUE", "", 0),
    ("PrivateDnsEnabled: !Ref Dns", "  Dns:\n    Type: String\n    Default: 'true'", 0),
    ("PrivateDnsEnabled: !Ref Dns", "  Dns:\n    Type: String", 0),
    ("PrivateDnsEnabled: 'false'", "", 1),
    ("", "", 1),
  ])
  func privateDNSIsReadAsCloudFormationReadsIt(endpoint: String, parameters: String, errors: Int)
    throws
  {
    let review = try Self.review(Self.template(endpoint: endpoint, parameters: parameters))
    let found = Self.findings(review, "VPCC002")
    #expect(found.count == errors, "\(found)")
    if let first = found.first { #expect(first.0 == "Endpoint") }
  }

  /// The whole deprecation table, dated: what is deprecated depends on the day of the review.
  @Test(arguments: [
    ("nodejs8.10", "2024-01-01", "2020-03-06", "nodejs24.x"),
    ("python3.8", "2026-12-01", "2024-10-14", "python3.14"),
    ("dotnet6", "2026-12-01", "2024-11-12", "dotnet10"),
    ("nodejs16.x", "2026-12-01", "2024-06-12", "nodejs24.x"),
    ("python2.7", "2026-12-01", "2021-07-15", "python3.14"),
  ])
  func retiredRuntimesAreFlagged(runtime: String, today: String, date: String, use: String)
    throws
  {
    let text = Self.template(runtime: runtime)
    let review = try Self.review(text, today: today)
    let found = Self.findings(review, "VPCC012")
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains("Runtime:")
    }.map { $0 + 1 }
    #expect(found.count == 1, "\(review.findings)")
    #expect(found.first?.0 == "Caller")
    #expect(found.first?.1 == line)
    #expect(found.first?.2.hasPrefix("the runtime \(runtime) was deprecated on \(date)") == true)
    #expect(found.first?.2.hasSuffix("use \(use)") == true)
  }

  @Test func runtimesNotYetDeprecatedPass() throws {
    // python3.8 was deprecated on 2024-10-14: not yet on 2024-10-13.
    #expect(
      Self.findings(
        try Self.review(Self.template(runtime: "python3.8"), today: "2024-10-13"), "VPCC012"
      )
      .isEmpty)
    #expect(Self.findings(try Self.review(Self.template(runtime: "python3.13")), "VPCC012").isEmpty)
  }

  /// An open rule on ::/0 is named as such.
  @Test func openIPv6IngressIsNamed() throws {
    let review = try Self.review(Self.template(ingress: "CidrIpv6: '::/0'"))
    let found = Self.findings(review, "VPCC006")
    #expect(found.count == 1)
    #expect(found.first?.0 == "EndpointGroup")
    #expect(found.first?.2.contains("from anywhere (::/0)") == true)
    // The functions are in the endpoint's VPC (both name the parameter VpcId): a reference to
    // their security group works there.
    #expect(
      found.first?.2.hasSuffix(
        "allow it from the functions' security group (FunctionGroup) instead (SourceSecurityGroupId)"
      )
        == true)
  }

  /// An endpoint open to anywhere whose clients are not shown to be in its VPC is told to
  /// allow their CIDR ranges: a security group reference would not reach them.
  @Test func openIngressAdviceFitsClientsInOtherVPCs() throws {
    var text = Self.template(ingress: "CidrIp: 0.0.0.0/0")
    text = text.replacingOccurrences(
      of: "      GroupDescription: functions\n      VpcId: !Ref VpcId",
      with: "      GroupDescription: functions\n      VpcId: vpc-spoke")
    let found = Self.findings(try Self.review(text), "VPCC006")
    #expect(found.count == 1)
    #expect(found.first?.0 == "EndpointGroup")
    #expect(found.first?.1 == 22)  // the rule: line 21 is SecurityGroupIngress, 22 its item
    let message = found.first?.2 ?? ""
    #expect(
      message.contains(
        "from anywhere (0.0.0.0/0); allow it only from the CIDR ranges of the functions' VPC"))
    #expect(!message.contains("instead (SourceSecurityGroupId)"))
  }

  /// An endpoint name joined from parts names its service.
  @Test func joinedEndpointNamesAreRecognised() throws {
    let review = try Self.review(
      Self.template(
        serviceName: #"!Join ['', ['com.amazonaws.', !Ref 'AWS::Region', '.logs']]"#))
    #expect(review.services == ["logs"])
  }

  /// A template without a VPC function says so and compares nothing; exit 0.
  @Test func noVPCFunctionComparesNothing() throws {
    let path = try TestSupport.file(
      "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n", name: "queue.yaml")
    let table = TestSupport.run(["review", path])
    #expect(table.code == .ok)
    #expect(table.stdout.contains("no Lambda function in a VPC"))
    #expect(!table.stdout.contains("Recommendation:"))
    let json = TestSupport.run(["review", path, "--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(document["comparison"] is NSNull)
    // A skeleton with an empty Resources section is a template too.
    let skeleton = try TestSupport.file(
      "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n", name: "skeleton.yaml")
    let empty = TestSupport.run(["review", skeleton])
    #expect(empty.code == .ok, "\(empty.stderr)")
    #expect(empty.stdout.contains("no Lambda function in a VPC"))
  }

  /// A file that is not a template is exit 65 with one line.
  @Test(arguments: ["- a\n- b\n", "{\"name\": \"x\"}\n"])
  func notATemplateIsBadData(text: String) throws {
    let path = try TestSupport.file(text, name: "not-a-template.yaml")
    let result = TestSupport.run(["review", path])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "vpccost: error: \(path): is not a CloudFormation or SAM template: it has no Resources mapping\n"
    )
  }

  /// A single-AZ design cheaper than the recommendation reads "more", with the reason: one
  /// endpoint ENI in one AZ (730 x $0.01 = $7.30 and cross-AZ) against one in each of the two
  /// AZs ($14.60).
  @Test func cheaperSingleAZDesignReadsMore() throws {
    let text = Self.subnetTemplate(
      "[!Ref SubnetA, !Ref SubnetB]", extra: Self.twoSubnets,
      resources: """
          Endpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcEndpointType: Interface
              ServiceName: !Sub com.amazonaws.${AWS::Region}.lambda
              VpcId: vpc-1
              SubnetIds: [!Ref SubnetA]
              PrivateDnsEnabled: true
        """)
    let review = try Self.review(text)
    #expect(review.design == .privateLinkSingleAZ)
    let line = ReviewRenderer.costLine(review)
    #expect(
      line.contains("more); privatelink-single-az is not recommended because single-AZ designs"),
      "\(line)")
    #expect(!line.contains("-$"))
  }

  /// A function whose subnets are given by `subnets`, with `extra` template sections.
  static func subnetTemplate(_ subnets: String, extra: String = "", resources: String = "")
    -> String
  {
    """
    \(extra)
    Resources:
    \(resources)
      Caller:
        Type: AWS::Lambda::Function
        Properties:
          Runtime: python3.13
          Handler: index.handler
          Role: arn:aws:iam::123456789012:role/caller
          Code: {ZipFile: x}
          VpcConfig:
            SubnetIds: \(subnets)
            SecurityGroupIds: [sg-1]

    """
  }

  /// Two subnet parameters, SubnetA and SubnetB.
  static let twoSubnets =
    "Parameters:\n  SubnetA: {Type: AWS::EC2::Subnet::Id}\n  SubnetB: {Type: AWS::EC2::Subnet::Id}"

  /// Subnets whose AZs the template does not show leave the AZ count unknown (issue 23).
  ///
  /// A list parameter without a default or an import gives no bound; subnet ids (a list
  /// default, a literal split, a mapping) bound it by their number. Either way the review asks
  /// for --azs with an info finding and prices the smaller of the bound and 2.
  @Test(arguments: [
    (
      "!Ref Subnets", "Parameters:\n  Subnets:\n    Type: List<AWS::EC2::Subnet::Id>", nil as Int?,
      "come from the list parameter Subnets, which has no default"
    ),
    (
      "!Ref Subnets",
      "Parameters:\n  Subnets:\n    Type: CommaDelimitedList\n    Default: subnet-a, subnet-b, subnet-c",
      3, "3 subnets are given as subnet ids the template does not define"
    ),
    (
      #"!Split [',', 'subnet-a,subnet-b']"#, "", 2,
      "2 subnets are given as subnet ids the template does not define"
    ),
    (
      "!Split [',', !FindInMap [Net, prod, subnets]]",
      "Mappings:\n  Net:\n    prod:\n      subnets: subnet-a,subnet-b,subnet-c", 3,
      "it runs in at most 3 AZs"
    ),
    ("!Split [',', !ImportValue NetworkSubnets]", "", nil, "come from an import (Fn::ImportValue)"),
    (
      "[!ImportValue SubnetA, !ImportValue SubnetB]", "", nil,
      "come from an import (Fn::ImportValue)"
    ),
    ("!GetAtt Network.Outputs.Subnets", "", nil, "come from a nested stack's output"),
  ])
  func subnetsTheTemplateDoesNotShowLeaveTheAZsUnknown(
    subnets: String, extra: String, atMost: Int?, message: String
  ) throws {
    let text = Self.subnetTemplate(subnets, extra: extra)
    let review = try Self.review(text)
    let found = Self.findings(review, "VPCC013")
    #expect(!review.azsKnown)
    #expect(review.azsAtMost == atMost)
    #expect(review.azs == 2)  // the smaller of the bound (2 or 3) and 2, or the default 2
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains("SubnetIds:")
    }.map { $0 + 1 }
    #expect(found.count == 1)
    #expect(found.first?.0 == "Caller" && found.first?.1 == line)
    #expect(found.first?.2.contains(message) == true, "\(found)")
  }

  /// `--azs` answers the question: no finding, its count priced, `design.azs` in JSON.
  @Test func givenAZsWin() throws {
    let path = try TestSupport.file(
      Self.subnetTemplate(
        "!Ref Subnets", extra: "Parameters:\n  Subnets:\n    Type: List<AWS::EC2::Subnet::Id>"),
      name: "list.yaml")
    let unknown = TestSupport.run(["review", path, "--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(unknown.stdout.utf8)) as? [String: Any])
    #expect((document["design"] as? [String: Any])?["azs"] is NSNull)
    let given = TestSupport.run(["review", path, "--format", "json", "--azs", "3"])
    let answered = try #require(
      try JSONSerialization.jsonObject(with: Data(given.stdout.utf8)) as? [String: Any])
    #expect((answered["design"] as? [String: Any])?["azs"] as? Int == 3)
    let rules = (answered["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
    #expect(rules == ["VPCC001"])  // the network outside the template, noted as info
    #expect(((answered["findings"] as? [[String: Any]])?.first?["severity"] as? String) == "info")
  }

  /// A VPC the template defines, an endpoint with private DNS in it, and the functions'
  /// security group with `egress` rules.
  static func vpcTemplate(vpc: String, egress: String = "") -> String {
    """
    Resources:
      Vpc:
        Type: AWS::EC2::VPC
        Properties:
          CidrBlock: 10.0.0.0/16
    \(vpc)
      SubnetA:
        Type: AWS::EC2::Subnet
        Properties:
          VpcId: !Ref Vpc
          CidrBlock: 10.0.0.0/24
          AvailabilityZone: us-east-1a
      FunctionGroup:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: functions
          VpcId: !Ref Vpc
    \(egress)
      Endpoint:
        Type: AWS::EC2::VPCEndpoint
        Properties:
          VpcEndpointType: Interface
          ServiceName: !Sub com.amazonaws.${AWS::Region}.lambda
          VpcId: !Ref Vpc
          SubnetIds: [!Ref SubnetA]
          SecurityGroupIds: [!Ref FunctionGroup]
          PrivateDnsEnabled: true
      Caller:
        Type: AWS::Lambda::Function
        Properties:
          Runtime: python3.13
          Handler: index.handler
          Role: arn:aws:iam::123456789012:role/caller
          Code: {ZipFile: x}
          VpcConfig:
            SubnetIds: [!Ref SubnetA]
            SecurityGroupIds: [!Ref FunctionGroup]

    """
  }

  /// Private DNS needs the VPC's DNS hostnames (off by default) and DNS support.
  @Test(arguments: [
    ("", "EnableDnsHostnames", 2),
    ("      EnableDnsHostnames: 'true'", nil, 0),
    ("      EnableDnsHostnames: false", "EnableDnsHostnames", 6),
    ("      EnableDnsHostnames: true\n      EnableDnsSupport: 'False'", "EnableDnsSupport", 6),
  ])
  func privateDNSNeedsTheVPCsDNSAttributes(vpc: String, missing: String?, line: Int) throws {
    let review = try Self.review(Self.vpcTemplate(vpc: vpc))
    let found = Self.findings(review, "VPCC014")
    guard let missing else { return #expect(found.isEmpty, "\(found)") }
    #expect(found.count == 1)
    #expect(found.first?.0 == "Vpc" && found.first?.1 == line, "\(found)")
    #expect(found.first?.2.contains("needs \(missing): true") == true, "\(found)")
  }

  /// The functions' egress rules must let TCP 443 out; no rules at all allow everything.
  @Test(arguments: [
    (
      "      SecurityGroupEgress:\n        - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 10.0.0.0/16}",
      true
    ),
    (
      "      SecurityGroupEgress:\n        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16}",
      false
    ),
    ("      SecurityGroupEgress:\n        - {IpProtocol: '-1', CidrIp: 0.0.0.0/0}", false),
    ("", false),
  ])
  func functionEgressMustAllowHTTPS(egress: String, blocked: Bool) throws {
    let text = Self.vpcTemplate(vpc: "      EnableDnsHostnames: true", egress: egress)
    let found = Self.findings(try Self.review(text), "VPCC015")
    #expect(found.count == (blocked ? 1 : 0), "\(found)")
    if blocked {
      #expect(found.first?.0 == "FunctionGroup")
      #expect(found.first?.1 == 18)  // the SecurityGroupEgress key
      #expect(found.first?.2.contains("only on port 5432, not TCP 443") == true)
    }
  }

  /// A function in two subnet parameters with a NAT gateway in each of two public ones, and
  /// `more` resources beside them.
  static func twoNATTemplate(_ more: String = "") -> String {
    subnetTemplate(
      "[!Ref SubnetA, !Ref SubnetB]",
      extra: twoSubnets
        + "\n  PublicA: {Type: AWS::EC2::Subnet::Id}\n  PublicB: {Type: AWS::EC2::Subnet::Id}",
      resources: """
          NatA:
            Type: AWS::EC2::NatGateway
            Properties: {SubnetId: !Ref PublicA}
          NatB:
            Type: AWS::EC2::NatGateway
            Properties: {SubnetId: !Ref PublicB}
        """ + (more.isEmpty ? "" : "\n" + more))
  }

  /// A NAT gateway may serve internet traffic the template does not show: both answers priced.
  ///
  /// The review does not tell the user to drop it. Two AZs, 10^6 invocations of 4 KiB
  /// (3.814697265625 GB), with `--services lambda`: NAT per AZ 65.70 + 7.30 + 0.17 = $73.17;
  /// endpoints alone 14.60 + 0.04 = $14.64; NAT plus endpoints 65.70 + 7.30 + 14.60 + 0.04 =
  /// $87.64, $14.47 more.
  @Test func natTemplatesArePricedWithAndWithoutInternetTraffic() throws {
    let text = Self.twoNATTemplate()
    var lambda = WorkloadInput()
    lambda[.services] = "lambda"
    let review = try TemplateReview.review(
      TemplateReader.read(text), input: lambda, catalog: .embedded)
    #expect(review.design == .natPerAZ)
    #expect(review.perService == nil)
    let note = try #require(review.internetNote)
    #expect(note.contains("endpoints alone cost $14.64 a month against $73.17"), "\(note)")
    #expect(note.contains("adding endpoints beside them ($87.64"), "\(note)")
    #expect(note.hasSuffix("costs $14.47 more."), "\(note)")
    var input = WorkloadInput()
    input[.internetGB] = "50"
    let given = try TemplateReview.review(
      TemplateReader.read(text), input: input, catalog: .embedded)
    #expect(given.internetNote == nil)
  }

  /// A template that shows no service its functions call prices no endpoint nothing calls.
  ///
  /// The two-NAT network, functions with no permission for a service and no endpoint: the NAT
  /// designs are priced in full (nat-per-az $73.17 as above), the endpoints per service (2 AZs
  /// x 730 h x $0.01 = $14.60 each, $0.04 of data before any), and PrivateLink costs no more
  /// while 0.04 + 14.60 x S <= 73.17: S <= 5 (5.008). The JSON has no `comparison`, no
  /// `lambda`, and says so.
  @Test func unknownServicesArePricedPerService() throws {
    let review = try Self.review(Self.twoNATTemplate())
    let perService = try #require(review.perService)
    #expect(perService.natDesign == .natPerAZ)
    #expect(perService.natCost == Money("73.171661376953125"))
    #expect(perService.endpointDesign == .privateLinkPerAZ)
    #expect(perService.costPerService == Money("14.60"))
    #expect(perService.costBeforeServices == Money("0.03814697265625"))
    #expect(perService.maxServices == 5)
    #expect(perService.natDesigns.map(\.design) == [.natSingleAZ, .natPerAZ, .natRegional])
    #expect(review.assumptions.contains { $0.hasPrefix("the template shows no AWS service") })
    let note = try #require(review.internetNote)
    #expect(note.contains("endpoints for the services ($14.60 a month each) cost less than $73.17"))
    let json = String(
      decoding: ReviewRenderer.render(review, path: "t.yaml", format: .json), as: UTF8.self)
    #expect(json.contains("\"comparison\": null"))
    #expect(json.contains("\"servicesKnown\": false"))
    #expect(json.contains("\"endpointCostPerService\": \"14.6\""))
    #expect(json.contains("\"maxPrivateLinkServices\": 5"))
    #expect(!json.contains("\"lambda\""))
    let table = String(
      decoding: ReviewRenderer.render(review, path: "t.yaml", format: .table), as: UTF8.self)
    #expect(table.contains("Workload: 2 AZs, services not known,"))
    #expect(
      table.contains(
        "privatelink-per-az: $0.04 a month plus $14.60 for each service; privatelink-per-az costs no more than nat-per-az for up to 5 services"
      ))
    #expect(!table.contains("recommended"))
    let markdown = String(
      decoding: ReviewRenderer.render(review, path: "t.yaml", format: .markdown), as: UTF8.self)
    #expect(markdown.contains("| `privatelink-per-az` | $0.04 + $14.60 per service |"))
  }

  /// With internet traffic and services not shown, the endpoints are weighed as a hybrid.
  ///
  /// `--internet-gb 10`: nat-per-az 65.70 + 7.30 + (3.814697265625 + 10) x 0.045 + 10 x 0.09
  /// egress = $74.52; hybrid-per-az before its first service 65.70 + 7.30 + 10 x 0.045 + 0.90
  /// + 3.814697265625 x 0.01 = $74.39, so even one endpoint ($14.60) costs more: 0 services.
  @Test func unknownServicesWithInternetTrafficAreWeighedAsAHybrid() throws {
    var input = WorkloadInput()
    input[.internetGB] = "10"
    let review = try TemplateReview.review(
      TemplateReader.read(Self.twoNATTemplate()), input: input, catalog: .embedded)
    let perService = try #require(review.perService)
    #expect(perService.endpointDesign == .hybridPerAZ)
    #expect(perService.natCost.dollars == "$74.52")
    #expect(perService.costBeforeServices.dollars == "$74.39")
    #expect(perService.costPerService == Money("14.60"))
    #expect(perService.maxServices == 0)
    #expect(
      perService.bound
        == "hybrid-per-az costs more than nat-per-az even for one service at this traffic")
  }

  /// A hybrid network (NAT gateways and an interface endpoint beside them) gets the same caveat.
  ///
  /// Its NAT gateways may be there for internet traffic the template does not show (issue 23).
  /// The figures are those above: $14.64, $73.17, $87.64.
  @Test func hybridTemplatesArePricedWithAndWithoutInternetTraffic() throws {
    let text = Self.twoNATTemplate(
      """
        LambdaEndpoint:
          Type: AWS::EC2::VPCEndpoint
          Properties:
            VpcEndpointType: Interface
            ServiceName: com.amazonaws.us-east-1.lambda
            VpcId: vpc-1
            SubnetIds: [!Ref SubnetA, !Ref SubnetB]
            SecurityGroupIds: [sg-2]
            PrivateDnsEnabled: true
      """)
    let review = try Self.review(text)
    #expect(review.design?.technology == .hybrid)
    let note = try #require(review.internetNote)
    #expect(note.contains("endpoints alone cost $14.64 a month against $73.17"), "\(note)")
    #expect(note.contains("adding endpoints beside them ($87.64"), "\(note)")
  }

  /// A SAM function with policy templates and a role statement, and `resources` beside it.
  static func servicesTemplate(_ resources: String) -> String {
    """
    Transform: AWS::Serverless-2016-10-31
    Parameters:
      SubnetA: {Type: AWS::EC2::Subnet::Id}
      SubnetB: {Type: AWS::EC2::Subnet::Id}
    Resources:
      Worker:
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.13
          Handler: index.handler
          CodeUri: .
          Policies:
            - SQSSendMessagePolicy: {QueueName: jobs}
            - Statement:
                - Effect: Allow
                  Action: secretsmanager:GetSecretValue
                  Resource: '*'
          VpcConfig:
            SubnetIds: [!Ref SubnetA, !Ref SubnetB]
            SecurityGroupIds: [sg-1]
    \(resources)
    """
  }

  /// Services the functions' permissions use, without an endpoint and without NAT, fail: in a
  /// network the template defines (its VPC and subnets; with subnet parameters the network is
  /// someone else's and may have a NAT gateway, `NetworkOutsideTests`).
  @Test func servicesWithoutEndpointsAreErrors() throws {
    let text = Self.servicesTemplate(
      """
        Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
        SubnetA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}}
        SubnetB: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
        LambdaEndpoint:
          Type: AWS::EC2::VPCEndpoint
          Properties:
            VpcEndpointType: Interface
            ServiceName: !Sub com.amazonaws.${AWS::Region}.lambda
            VpcId: !Ref Vpc
            SubnetIds: [!Ref SubnetA, !Ref SubnetB]
            SecurityGroupIds: [sg-2]
            PrivateDnsEnabled: true
      """
    ).replacing(
      "Parameters:\n  SubnetA: {Type: AWS::EC2::Subnet::Id}\n  SubnetB: {Type: AWS::EC2::Subnet::Id}\n",
      with: "")
    #expect(!text.contains("AWS::EC2::Subnet::Id"))
    let review = try Self.review(text)
    let found = Self.findings(review, "VPCC016")
    #expect(found.map(\.0) == ["Worker", "Worker"])
    #expect(found.allSatisfy { $0.1 == 3 })  // Worker: line 3, after Transform and Resources
    #expect(
      found[0].2.hasPrefix(
        "the functions' permissions use secretsmanager (secretsmanager:GetSecretValue in the policy of Worker), but the template has no secretsmanager interface endpoint"
      ))
    #expect(
      found[1].2.hasPrefix("the functions' permissions use sqs (SQSSendMessagePolicy on Worker)"))
  }

  /// With a NAT gateway and no endpoint, the services priced are those the permissions use.
  @Test func servicesComeFromPermissions() throws {
    let review = try Self.review(
      Self.servicesTemplate(
        """
          Nat:
            Type: AWS::EC2::NatGateway
            Properties: {SubnetId: subnet-public}
        """))
    #expect(review.comparison.workload.services.names == ["secretsmanager", "sqs"])
    #expect(
      review.assumptions.contains {
        $0.hasPrefix(
          "the functions' permissions use secretsmanager (secretsmanager:GetSecretValue in the policy of Worker), sqs (SQSSendMessagePolicy on Worker)"
        )
      }, "\(review.assumptions)")
    #expect(Self.findings(review, "VPCC016").isEmpty)
  }

  /// Functions that use only DynamoDB, through the template's gateway endpoint, have a way out.
  @Test func gatewayEndpointsAreAWayOut() throws {
    let text = """
      Parameters:
        SubnetA: {Type: AWS::EC2::Subnet::Id}
      Resources:
        Table:
          Type: AWS::EC2::VPCEndpoint
          Properties:
            VpcEndpointType: Gateway
            ServiceName: !Sub com.amazonaws.${AWS::Region}.dynamodb
            VpcId: vpc-1
            RouteTableIds: [rtb-1]
        Reader:
          Type: AWS::Serverless::Function
          Properties:
            Runtime: python3.13
            Handler: index.handler
            CodeUri: .
            Policies:
              - DynamoDBReadPolicy: {TableName: items}
            VpcConfig:
              SubnetIds: [!Ref SubnetA]
              SecurityGroupIds: [sg-1]

      """
    #expect(Self.findings(try Self.review(text), "VPCC001").isEmpty)
    let withoutGateway = text.replacing("dynamodb\n", with: "s3\n")
    #expect(Self.findings(try Self.review(withoutGateway), "VPCC001").count == 1)
  }

  /// Two private subnets in two AZs, their route tables' default routes to `routeA` and
  /// `routeB` (route properties), NAT gateways in each AZ, and a function in both subnets.
  static func routedTemplate(routeA: String, routeB: String) -> String {
    """
    Resources:
      PrivateA:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}
      PrivateB:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, CidrBlock: 10.0.2.0/24, AvailabilityZone: us-east-1b}
      PublicA:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, CidrBlock: 10.0.3.0/24, AvailabilityZone: us-east-1a}
      PublicB:
        Type: AWS::EC2::Subnet
        Properties: {VpcId: vpc-1, CidrBlock: 10.0.4.0/24, AvailabilityZone: us-east-1b}
      Igw:
        Type: AWS::EC2::InternetGateway
      NatA:
        Type: AWS::EC2::NatGateway
        Properties: {SubnetId: !Ref PublicA, AllocationId: eipalloc-1}
      NatB:
        Type: AWS::EC2::NatGateway
        Properties: {SubnetId: !Ref PublicB, AllocationId: eipalloc-2}
      TableA:
        Type: AWS::EC2::RouteTable
        Properties: {VpcId: vpc-1}
      TableB:
        Type: AWS::EC2::RouteTable
        Properties: {VpcId: vpc-1}
      RouteA:
        Type: AWS::EC2::Route
        Properties: {RouteTableId: !Ref TableA, DestinationCidrBlock: 0.0.0.0/0, \(routeA)}
      RouteB:
        Type: AWS::EC2::Route
        Properties: {RouteTableId: !Ref TableB, DestinationCidrBlock: 0.0.0.0/0, \(routeB)}
      AssociationA:
        Type: AWS::EC2::SubnetRouteTableAssociation
        Properties: {SubnetId: !Ref PrivateA, RouteTableId: !Ref TableA}
      AssociationB:
        Type: AWS::EC2::SubnetRouteTableAssociation
        Properties: {SubnetId: !Ref PrivateB, RouteTableId: !Ref TableB}
      Caller:
        Type: AWS::Lambda::Function
        Properties:
          Runtime: python3.13
          Handler: index.handler
          Role: arn:aws:iam::123456789012:role/caller
          Code: {ZipFile: x}
          VpcConfig:
            SubnetIds: [!Ref PrivateA, !Ref PrivateB]
            SecurityGroupIds: [sg-1]

    """
  }

  /// The design comes from where the routes go: both tables to NatA is one NAT gateway for
  /// two AZs, and NatB, idle, is named.
  @Test func designFromTheRoutes() throws {
    let both = try Self.review(
      Self.routedTemplate(routeA: "NatGatewayId: !Ref NatA", routeB: "NatGatewayId: !Ref NatA"))
    #expect(both.design == .natSingleAZ)
    let idle = Self.findings(both, "VPCC017")
    #expect(idle.map(\.0) == ["NatB"] && idle.first?.1 == 19, "\(idle)")  // "  NatB:"
    let each = try Self.review(
      Self.routedTemplate(routeA: "NatGatewayId: !Ref NatA", routeB: "NatGatewayId: !Ref NatB"))
    #expect(each.design == .natPerAZ)
    #expect(Self.findings(each, "VPCC017").isEmpty)
  }

  /// A function in a subnet routed to the internet gateway is in a public subnet: an error.
  @Test func functionsInPublicSubnetsAreErrors() throws {
    let review = try Self.review(
      Self.routedTemplate(routeA: "GatewayId: !Ref Igw", routeB: "NatGatewayId: !Ref NatB"))
    let found = Self.findings(review, "VPCC018")
    #expect(found.count == 1)
    #expect(found.first?.0 == "Caller" && found.first?.1 == 40)  // "  Caller:"
    #expect(
      found.first?.2.contains(
        "runs in PrivateA, whose default route goes to the internet gateway Igw") == true)
  }

  /// A NAT instance is a way out, not priced: no error, an info finding, and the design line
  /// says so.
  @Test func natInstancesAreAWayOut() throws {
    let text = Self.routedTemplate(
      routeA: "InstanceId: i-0123456789abcdef0", routeB: "NetworkInterfaceId: eni-1"
    )
    .replacing(
      "  NatA:\n    Type: AWS::EC2::NatGateway\n    Properties: {SubnetId: !Ref PublicA, AllocationId: eipalloc-1}\n",
      with: ""
    )
    .replacing(
      "  NatB:\n    Type: AWS::EC2::NatGateway\n    Properties: {SubnetId: !Ref PublicB, AllocationId: eipalloc-2}\n",
      with: "")
    let review = try Self.review(text)
    #expect(review.design == nil)
    #expect(Self.findings(review, "VPCC001").isEmpty)
    #expect(Self.findings(review, "VPCC019").count == 2)
    #expect(ReviewRenderer.designLine(review).hasPrefix("a NAT instance (i-0123456789abcdef0)"))
    // The JSON names it too (issue 23), and says it is not priced.
    let json = ReviewRenderer.json(review).serializedCompact()
    #expect(json.contains(#""design":{"id":"nat-instance","priced":false,"#), "\(json.prefix(80))")
    // The network names the instances and the route tables that send traffic to them.
    #expect(review.report.natInstances.map(\.id) == ["i-0123456789abcdef0", "eni-1"])
    #expect(review.report.subnets.map(\.defaultRoute).contains("nat-instance:eni-1"))
  }

  /// A function whose template subnets sit in one AZ is flagged; two AZs are not.
  @Test func functionsInOneAZAreFlagged() throws {
    let one = Self.routedTemplate(
      routeA: "NatGatewayId: !Ref NatA", routeB: "NatGatewayId: !Ref NatB"
    )
    .replacing("AvailabilityZone: us-east-1b}", with: "AvailabilityZone: us-east-1a}")
    let found = Self.findings(try Self.review(one), "VPCC020")
    #expect(found.count == 1 && found.first?.0 == "Caller", "\(found)")
    let two = Self.routedTemplate(
      routeA: "NatGatewayId: !Ref NatA", routeB: "NatGatewayId: !Ref NatB")
    #expect(Self.findings(try Self.review(two), "VPCC020").isEmpty)
  }

  /// A function subnet whose route table has no default route, beside one routed to a NAT
  /// gateway: the design is the one NAT gateway for two AZs, the other is idle, and the subnet
  /// without a way out is an error.
  @Test func subnetsWithoutADefaultRoute() throws {
    let text = Self.routedTemplate(
      routeA: "NatGatewayId: !Ref NatA", routeB: "NatGatewayId: !Ref NatB"
    ).replacing(
      "DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref NatB",
      with: "DestinationCidrBlock: 10.9.0.0/16, NatGatewayId: !Ref NatB")
    let review = try Self.review(text)
    #expect(review.design == .natSingleAZ)
    #expect(Self.findings(review, "VPCC017").map(\.0) == ["NatB"])
    let found = Self.findings(review, "VPCC001")
    #expect(found.count == 1 && found.first?.0 == "Caller")
    #expect(
      found.first?.2.contains("runs in PrivateB, whose route table has no default route") == true)
  }

  /// `Fn::If` is settled where its condition rests on parameter defaults and literals: prod
  /// takes the three subnet parameters (at most 3 AZs, not known), dev the one (exactly 1 AZ).
  @Test(arguments: [
    ("    Default: prod", nil as Int?),
    ("    Default: dev", 1),
  ])
  func conditionsTheTemplateSettles(envDefault: String, azs: Int?) throws {
    let extra = """
      Parameters:
        Env:
          Type: String
      \(envDefault)
        A: {Type: AWS::EC2::Subnet::Id}
        B: {Type: AWS::EC2::Subnet::Id}
        C: {Type: AWS::EC2::Subnet::Id}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
        IsSmall: !Not [{Condition: IsProd}]
      """
    let text = Self.subnetTemplate(
      "!If [IsSmall, [!Ref A], [!Ref A, !Ref B, !Ref C]]", extra: extra)
    let review = try Self.review(text)
    if let azs {
      #expect(review.azsKnown && review.azs == azs)
    } else {
      #expect(!review.azsKnown && review.azsAtMost == 3)
      #expect(
        Self.findings(review, "VPCC013").first?.2.contains(
          "3 subnets are given as parameters") == true)
    }
  }

  /// Without a default for Env the condition is not settled, and the AZs are not known.
  @Test func conditionsTheTemplateDoesNotSettle() throws {
    let extra = """
      Parameters:
        Env:
          Type: String
        A: {Type: AWS::EC2::Subnet::Id}
        B: {Type: AWS::EC2::Subnet::Id}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
      """
    let review = try Self.review(
      Self.subnetTemplate("!If [IsProd, [!Ref A, !Ref B], [!Ref A]]", extra: extra))
    #expect(!review.azsKnown && review.azsAtMost == nil)
    #expect(
      Self.findings(review, "VPCC013").first?.2.contains(
        "come from a condition (Fn::If on IsProd) the template does not settle") == true)
  }
}
