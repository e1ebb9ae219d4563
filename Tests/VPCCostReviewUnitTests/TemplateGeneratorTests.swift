import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// `vpccost template`: fragments a review finds nothing to fix in, written as the review wants.
@Suite struct TemplateGeneratorTests {
  /// The YAML reads back as exactly the JSON form: the writer and the reader agree.
  @Test(arguments: TemplateGenerator.designs)
  func yamlReadsBackAsTheJSON(design: DesignID) throws {
    let yaml = try TestSupport.generatedTemplate(design)
    let json = try TestSupport.generatedTemplate(design, format: "json")
    #expect(try TemplateReader.read(yaml).json.serialized() == json)
  }

  /// A review of the fragment finds nothing to fix; single-AZ designs keep only the warnings
  /// that make them single-AZ.
  @Test(arguments: TemplateGenerator.designs)
  func reviewFindsNothingToFix(design: DesignID) throws {
    let path = try TestSupport.file(
      try TestSupport.generatedTemplate(design), name: "\(design.rawValue).yaml")
    let review = try TemplateReview.review(
      TemplateReader.read(String(contentsOfFile: path, encoding: .utf8)), input: WorkloadInput(),
      catalog: .embedded)
    #expect(review.design?.technology == design.technology)
    if design.layout == .singleAZ {
      // The fragment has no functions, so its single AZ shows only where its NAT gateway or
      // endpoints stand: one NAT serving the three subnets is a warning; endpoints alone in one
      // AZ read as a one-AZ PrivateLink design with nothing to fix.
      let natWarning = (
        ReviewFinding.Severity.warning, "NatGateway1",
        "one NAT gateway serves private subnets in 3 AZs: the other AZs pay cross-AZ transfer and lose their way out if its AZ fails; use one NAT gateway (and route table) per AZ"
      )
      let endpointWarning = { (resource: String) in
        (
          ReviewFinding.Severity.warning, resource,
          "the endpoint has ENIs in 1 AZ but the functions run in 3: the others cross AZs and lose it if its AZ fails"
        )
      }
      let expected: [(ReviewFinding.Severity, String, String)]
      switch design {
      case .natSingleAZ: expected = [natWarning]
      case .privateLinkSingleAZ: expected = []
      default:
        expected = [natWarning, endpointWarning("LambdaEndpoint"), endpointWarning("StsEndpoint")]
      }
      let found = review.findings.map { ($0.severity, $0.resource, $0.message) }
      #expect(found.count == expected.count, "\(found)")
      for (actual, wanted) in zip(found, expected) {
        #expect(actual.0 == wanted.0 && actual.1 == wanted.1 && actual.2 == wanted.2, "\(actual)")
      }
      #expect(review.azs == (design == .privateLinkSingleAZ ? 1 : 3))
    } else {
      #expect(review.findings.isEmpty, "\(review.findings)")
      #expect(review.design == design)
      #expect(review.azs == 3)
    }
  }

  @Test func endpointFragmentIsWrittenAsTheReviewWantsIt() throws {
    let template = try TemplateReader.read(try TestSupport.generatedTemplate(.privateLinkPerAZ))
    let resources = try #require(template["Resources"])
    let rule = try #require(
      resources["EndpointSecurityGroup"]?["Properties"]?["SecurityGroupIngress"]?.array?.first)
    #expect(rule["FromPort"]?.string == "443")
    #expect(rule["SourceSecurityGroupId"]?["Ref"]?.string == "FunctionSecurityGroupId")
    let endpoint = try #require(resources["StsEndpoint"]?["Properties"])
    #expect(endpoint["PrivateDnsEnabled"]?.string == "true")
    #expect(endpoint["SubnetIds"]?.array?.count == 3)
    #expect(endpoint["ServiceName"]?["Fn::Sub"]?.string == "com.amazonaws.${AWS::Region}.sts")
    let policy = try #require(
      resources["FunctionRole"]?["Properties"]?["Policies"]?.array?.first?["PolicyDocument"]?[
        "Statement"]?.array?.first)
    #expect(policy["Action"]?.string == "lambda:InvokeFunction")
    #expect(
      policy["Resource"]?["Fn::Sub"]?.string?.hasSuffix("function:${TargetFunctionName}") == true)
  }

  @Test func natFragmentHasAGatewayAndRoutePerAZ() throws {
    let template = try TemplateReader.read(try TestSupport.generatedTemplate(.natPerAZ))
    let resources = try #require(template["Resources"]?.members)
    #expect(resources.filter { $0.value["Type"]?.string == "AWS::EC2::NatGateway" }.count == 3)
    #expect(resources.filter { $0.value["Type"]?.string == "AWS::EC2::EIP" }.count == 3)
    let route3 = try #require(template["Resources"]?["PrivateDefaultRoute3"]?["Properties"])
    #expect(route3["NatGatewayId"]?["Ref"]?.string == "NatGateway3")
  }

  @Test func badArguments() {
    #expect(TestSupport.run(["template"]).stderr.contains("template needs --design ID"))
    #expect(
      TestSupport.run(["template", "--design", "nat-per-azz"]).stderr.contains(
        "did you mean nat-per-az?"))
    #expect(TestSupport.run(["template", "--design", "nat-per-az", "--azs", "9"]).code == .usage)
    #expect(
      TestSupport.run(["template", "--design", "nat-per-az", "--format", "toml"]).code == .usage)
  }
}
