import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// `vpccost review`: the design a template builds, its cost, and its findings with lines.
@Suite struct ReviewTests {
  /// The published template of ../shared/fixtures, byte for byte, kept in the repository so
  /// that the tests read nothing outside it.
  static let fixture = TestSupport.templates.appendingPathComponent("sam-vpc-lambda.yaml")
    .path
  static let reviewTemplates = TestSupport.templates.appendingPathComponent("review")

  static func review(_ path: String, _ extra: [String] = []) throws -> [String: Any] {
    let result = TestSupport.run(
      ["review", path, "--format", "json", "--fail-on", "never"] + extra)
    #expect(result.code == .ok, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  static func findings(_ document: [String: Any]) -> [(String, String, Int, String)] {
    (document["findings"] as? [[String: Any]] ?? []).map {
      (
        $0["severity"] as? String ?? "", $0["resource"] as? String ?? "", $0["line"] as? Int ?? 0,
        $0["message"] as? String ?? ""
      )
    }
  }

  /// The published template: PrivateLink for one service, its six problems, and (issue 23)
  /// its two subnet parameters, which are at most two AZs: `design.azs` null with VPCC013 on
  /// the function's SubnetIds (line 94), the comparison still priced for 2 AZs.
  @Test func publishedTemplateReviewsWell() throws {
    let source = TestSupport.packageRoot.appendingPathComponent(
      "Tests/Fixtures/templates/sam-vpc-lambda.yaml"
    ).path
    let document = try Self.review(
      FileManager.default.fileExists(atPath: Self.fixture) ? Self.fixture : source)
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["id"] as? String == "privatelink-per-az")
    #expect(design["azs"] is NSNull)
    #expect(design["azsAtMost"] as? Int == 2)
    #expect(design["services"] as? [String] == ["lambda"])
    let found = Self.findings(document).map { "\($0.0) \($0.1) \($0.2)" }
    #expect(
      found == [
        "error VPCLambdaExecutionRole 58",  // "[lambda.amazonaws.com](http://...)" principal
        "error VPCFunction 83",  // SAM role lacks lambda:InvokeFunction; granted to an unused role
        "warning VPCEndpointSecurityGroup 23",  // 443 from 0.0.0.0/0, not from LambdaSecurityGroup
        "warning VPCLambdaExecutionPolicy 79",  // lambda:InvokeFunction on Resource "*"
        "warning VPCFunction 88",  // go1.x
        "warning OuterFunction 101",  // go1.x
        "info VPCFunction 94",  // PrivateSubnet1 and PrivateSubnet2: at most 2 AZs
      ])
    let comparison = try #require(document["comparison"] as? [String: Any])
    let recommendation = try #require(comparison["recommendation"] as? [String: Any])
    #expect(recommendation["designId"] as? String == "privatelink-per-az")
    #expect(recommendation["monthlyCost"] as? String == "14.63814697265625")
  }

  @Test func tableNamesDesignAndCost() {
    let result = TestSupport.run([
      "review",
      Self.reviewTemplates.deletingLastPathComponent().appendingPathComponent("sam-vpc-lambda.yaml")
        .path,
    ])
    #expect(
      result.stdout.contains(
        "The template builds: privatelink-per-az (PrivateLink per AZ) in at most 2 AZs (the template does not show its subnets' AZs), 1 service (lambda)"
      )
    )
    #expect(
      result.stdout.contains(
        "It costs $14.64 a month for this workload, and it is the recommended design (nat-per-az: $73.17)."
      ))
    #expect(
      result.stdout.contains(
        "Assumed: the AZ count is not in the template, which shows 2 subnets whose AZs it does not say (at most 2 AZs); the designs are priced for 2 AZs until --azs N says how many."
      ))
    #expect(!result.stdout.contains("taken to be in distinct AZs"))
  }

  /// One NAT gateway in AZ 0 for functions in AZs 0 and 1 (from !Select [i, !GetAZs '']); the
  /// function's role lacks the ENI permissions that an unused role has.
  @Test func natTemplate() throws {
    let document = try Self.review(
      Self.reviewTemplates.appendingPathComponent("nat-one-gateway.yaml").path)
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["id"] as? String == "nat-single-az")
    #expect(design["azs"] as? Int == 2)
    // The template shows no service the functions call: the only assumption says so.
    #expect(
      (design["assumptions"] as? [String])?.map { $0.prefix(38) } == [
        "the template shows no AWS service the "
      ])
    #expect(design["servicesKnown"] as? Bool == false)
    let found = Self.findings(document)
    #expect(
      found.contains {
        $0.0 == "warning" && $0.1 == "Nat" && $0.2 == 14
          && $0.3.hasPrefix("one NAT gateway serves private subnets in 2 AZs")
      })
    #expect(
      found.contains {
        $0.0 == "error" && $0.1 == "Fn" && $0.2 == 41
          && $0.3.contains(
            "lacks the ENI permissions of AWSLambdaVPCAccessExecutionRole; UnusedRole grants it to UnusedRole"
          )
      })
  }

  /// Globals merged into the function; an endpoint without private DNS, in one AZ of three,
  /// whose security group does not allow 443; an interface endpoint for S3.
  @Test func endpointProblems() throws {
    let document = try Self.review(
      Self.reviewTemplates.appendingPathComponent("endpoint-problems.yaml").path)
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["id"] as? String == "privatelink-single-az")
    #expect(design["azs"] is NSNull)  // three subnet parameters: at most 3 AZs
    #expect(design["azsAtMost"] as? Int == 3)
    #expect(design["services"] as? [String] == ["sts", "s3"])
    let found = Self.findings(document).map { "\($0.0) \($0.1) \($0.2) \($0.3.prefix(30))" }
    #expect(
      found == [
        "error EndpointSg 15 the endpoint's security group ",  // 443 not allowed (only port 80)
        "error StsEndpoint 21 interface endpoint without pri",  // no PrivateDnsEnabled
        "warning StsEndpoint 26 the endpoint has ENIs in 1 AZ ",  // 1 AZ of 3
        "warning S3Endpoint 29 an interface endpoint for s3 c",  // a gateway endpoint is free
        "info Fn 5 the function's 3 subnets are g",  // parameters A, B, C (Globals, line 5)
      ])
  }

  /// A template without functions is reviewed from its endpoints and subnets alone.
  @Test func templateWithoutFunctions() throws {
    let path = try TestSupport.file(
      """
      Resources:
        E:
          Type: AWS::EC2::VPCEndpoint
          Properties: {VpcEndpointType: Interface, PrivateDnsEnabled: true, ServiceName: com.amazonaws.eu-west-1.sqs, SubnetIds: [subnet-1, subnet-2], SecurityGroupIds: [sg-1], VpcId: vpc-1}
      """, name: "t.yaml")
    let document = try Self.review(path, ["--region", "eu-west-1"])
    let design = try #require(document["design"] as? [String: Any])
    #expect(design["id"] as? String == "privatelink-per-az")
    #expect(design["azs"] as? Int == 2)
    #expect(Self.findings(document).isEmpty)
    // A network review (issue 23): no function and no workload, so no comparison; the way out
    // as built costs one endpoint in 2 AZs: 2 x $0.011 x 730 h = $16.06 a month.
    #expect(design["functions"] as? Int == 0)
    #expect(design["fixedMonthlyCost"] as? String == "16.06")
    #expect(document["comparison"] is NSNull)
    let given = try Self.review(path, ["--region", "eu-west-1", "--gb", "10"])
    #expect(given["comparison"] is [String: Any])
  }

  /// Gateway endpoints are named in the design (they are free, and carry S3 and DynamoDB).
  @Test func gatewayEndpointsAreNamed() throws {
    let path = try TestSupport.file(
      """
      Resources:
        S3:
          Type: AWS::EC2::VPCEndpoint
          Properties: {ServiceName: com.amazonaws.us-east-1.s3, VpcId: vpc-1, RouteTableIds: [rtb-1]}
        E:
          Type: AWS::EC2::VPCEndpoint
          Properties: {VpcEndpointType: Interface, PrivateDnsEnabled: true, ServiceName: com.amazonaws.us-east-1.sqs, SubnetIds: [subnet-1], SecurityGroupIds: [sg-1], VpcId: vpc-1}
      """, name: "gw.yaml")
    let design = try #require(try Self.review(path)["design"] as? [String: Any])
    #expect(design["gatewayEndpoints"] as? [String] == ["S3"])
    #expect(design["services"] as? [String] == ["sqs"])
    #expect(
      TestSupport.run(["review", path]).stdout.contains("1 service (sqs), gateway endpoints S3"))
  }

  @Test func markdownAndErrors() throws {
    let markdown = TestSupport.run([
      "review", Self.reviewTemplates.appendingPathComponent("nat-one-gateway.yaml").path,
      "--format", "markdown",
    ])
    #expect(markdown.stdout.hasPrefix("## Template review: `"))
    #expect(
      markdown.stdout.contains("- [ ] **warning** VPCC008 `Nat` (line 14): one NAT gateway serves"))
    #expect(TestSupport.run(["review"]).code == .usage)
    #expect(TestSupport.run(["review", "/nonexistent.yaml"]).code == .noInput)
  }
}
