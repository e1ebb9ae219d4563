import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// Functions in subnets the template does not define: their network is someone else's, so the
/// review says so and raises no error about a way out it cannot see.
@Suite struct NetworkOutsideTests {
  static let template = """
    Parameters:
      Vpc: {Type: 'AWS::EC2::VPC::Id'}
      SubnetA: {Type: 'AWS::EC2::Subnet::Id'}
      SubnetB: {Type: 'AWS::EC2::Subnet::Id'}
    Resources:
      Fn:
        Type: 'AWS::Serverless::Function'
        Properties:
          Runtime: python3.12
          Handler: app.handler
          CodeUri: .
          Policies: [SQSSendMessagePolicy: {QueueName: q}]
          VpcConfig: {SubnetIds: [!Ref SubnetA, !Ref SubnetB], SecurityGroupIds: [sg-1]}
    """

  /// The headline names the outside network, never "no way out"; VPCC001 is an info, and
  /// no service is said to fail (VPCC016) with a parameter endpoint beside it either.
  @Test func anOutsideNetworkIsSaidSoAndNotAnError() throws {
    let path = try TestSupport.file(Self.template, name: "t.yaml")
    let table = TestSupport.run(["review", path])
    #expect(table.code == .ok, "no error finding: \(table.stdout)")
    #expect(
      table.stdout.contains(
        "The template builds: functions that run in subnets defined outside this template: their network's way out is not reviewed"
      ))
    #expect(!table.stdout.contains("no way out"))
    let json = TestSupport.run(["review", path, "--format", "json", "--fail-on", "never"])
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let findings = (document?["findings"] as? [[String: Any]]) ?? []
    #expect(
      findings.map { "\($0["rule"] ?? "") \($0["severity"] ?? "")" } == [
        "VPCC001 info", "VPCC013 info",
      ])
  }

  /// With an interface endpoint in the template but the functions' subnets outside it, a
  /// service the endpoints do not cover is not an error: the outside network may have a NAT.
  @Test func noServiceErrorForAnOutsideNetwork() throws {
    let withEndpoint = Self.template.replacing(
      "  Fn:\n",
      with: """
          Lambda:
            Type: 'AWS::EC2::VPCEndpoint'
            Properties: {VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: com.amazonaws.us-east-1.lambda, PrivateDnsEnabled: true, SecurityGroupIds: [sg-1], SubnetIds: [!Ref SubnetA, !Ref SubnetB]}
          Fn:

        """)
    let path = try TestSupport.file(withEndpoint, name: "t.yaml")
    let result = TestSupport.run(["review", path, "--format", "json", "--fail-on", "never"])
    #expect(!result.stdout.contains("VPCC016"), "\(result.stdout)")
  }
}
