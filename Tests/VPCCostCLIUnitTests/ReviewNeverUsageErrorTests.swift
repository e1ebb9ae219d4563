import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// Whatever a template holds, the review exits 0 or 1 (findings), or 65 when CloudFormation
/// itself would reject the template: never 64, which is for the command line.
@Suite struct ReviewNeverUsageErrorTests {
  /// A function in eight subnets, each the Nth AZ of the region: us-east-1 has six.
  static let eightAZs: String = {
    var text = """
      Resources:
        Vpc: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: 10.0.0.0/16}}
        Fn:
          Type: 'AWS::Serverless::Function'
          Properties:
            Runtime: python3.12
            Handler: app.handler
            CodeUri: .
            VpcConfig:
              SecurityGroupIds: [sg-1]
              SubnetIds: [
      """
    text += (0..<8).map { "!Ref S\($0)" }.joined(separator: ", ") + "]\n"
    for index in 0..<8 {
      text +=
        "  S\(index): {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [\(index), !GetAZs '']}}\n"
    }
    return text
  }()

  /// A customer's endpoint service (a PyPI mirror) beside an AWS service.
  static let customerService = """
    Resources:
      Vpc: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: 10.0.0.0/16}}
      Mirror:
        Type: 'AWS::EC2::VPCEndpoint'
        Properties:
          VpcId: !Ref Vpc
          VpcEndpointType: Interface
          ServiceName: com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0
          PrivateDnsEnabled: false
      Sqs:
        Type: 'AWS::EC2::VPCEndpoint'
        Properties:
          VpcId: !Ref Vpc
          VpcEndpointType: Interface
          ServiceName: com.amazonaws.us-east-1.sqs
          PrivateDnsEnabled: true
    """

  static func review(_ template: String, _ arguments: [String] = []) throws
    -> (code: ExitCode, json: [String: Any], stderr: String)
  {
    let path = try TestSupport.file(template, name: "t.yaml")
    let result = TestSupport.run(["review", path, "--format", "json"] + arguments)
    let json =
      (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    return (result.code, json, result.stderr)
  }

  static func findings(_ json: [String: Any]) -> [String] {
    ((json["findings"] as? [[String: Any]]) ?? []).map {
      "\($0["rule"] as? String ?? "") \($0["resource"] as? String ?? "") \($0["message"] as? String ?? "")"
    }
  }

  /// Eight AZs where us-east-1 has six: a VPCC021 warning on the function, priced for six.
  @Test func moreAZsThanTheRegionHasIsAFinding() throws {
    let (code, json, stderr) = try Self.review(Self.eightAZs, ["--fail-on", "never"])
    #expect(code == .ok, "\(stderr)")
    #expect((json["design"] as? [String: Any])?["azs"] as? Int == 6)
    #expect(
      Self.findings(json).contains(
        "VPCC021 Fn the template places its functions in 8 AZs, but us-east-1 has 6: priced for 6 (give --region or --azs)"
      ))
  }

  /// The customer's service is left out of the pricing with a VPCC021 note; SQS is priced.
  @Test func aCustomerServiceIsAFinding() throws {
    // A workload, so that the network-only template is compared (issue 23).
    let (code, json, stderr) = try Self.review(
      Self.customerService, ["--fail-on", "never", "--invokes", "1e6"])
    #expect(code == .ok, "\(stderr)")
    let comparison = json["comparison"] as? [String: Any]
    let inputs = comparison?["inputs"] as? [String: Any]
    #expect(inputs?["services"] as? [String] == ["sqs"])
    #expect(
      Self.findings(json).contains(
        "VPCC021 Mirror vpce-svc-0123456789abcdef0 is a customer's endpoint service, not an AWS service: every design needs this endpoint, so the comparison leaves it out"
      ))
    // Private DNS is off on the customer's endpoint, as it must be: no VPCC002 error for it.
    #expect(!Self.findings(json).contains { $0.hasPrefix("VPCC002 Mirror") })
  }

  /// Conditions in a circle: exit 65 naming them, nothing on standard output.
  @Test func aCircleOfConditionsIsRefused() throws {
    let template = """
      Conditions:
        A: !Condition B
        B: !Not [!Condition A]
      Resources:
        Topic: {Type: 'AWS::SNS::Topic', Condition: A}
      """
    let path = try TestSupport.file(template, name: "t.yaml")
    let result = TestSupport.run(["review", path])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "vpccost: error: \(path): the conditions A -> B -> A refer to each other in a circle, which CloudFormation rejects\n"
    )
  }
}
