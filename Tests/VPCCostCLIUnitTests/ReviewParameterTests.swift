import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// `review --parameter` and `--parameters`: given values decide conditions; unknown keys are
/// usage errors that name the template's parameters.
@Suite struct ReviewParameterTests {
  static let template = """
    Parameters:
      NumberOfAZs: {Type: Number, Default: '2'}
    Conditions:
      ThreeAZs: !Equals [!Ref NumberOfAZs, '3']
    Resources:
      Vpc: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: 10.0.0.0/16}}
      A: {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [0, !GetAZs '']}}
      B: {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [1, !GetAZs '']}}
      C:
        Type: 'AWS::EC2::Subnet'
        Condition: ThreeAZs
        Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [2, !GetAZs '']}
      NatA: {Type: 'AWS::EC2::NatGateway', Properties: {SubnetId: !Ref A}}
      NatB: {Type: 'AWS::EC2::NatGateway', Properties: {SubnetId: !Ref B}}
      NatC: {Type: 'AWS::EC2::NatGateway', Condition: ThreeAZs, Properties: {SubnetId: !Ref C}}
    """

  /// The design's AZ count from a review in JSON.
  static func azs(_ arguments: [String]) throws -> Int? {
    let path = try TestSupport.file(template, name: "t.yaml")
    let result = TestSupport.run(
      ["review", path, "--format", "json", "--fail-on", "never"] + arguments)
    #expect(result.code == .ok, "\(result.stderr)")
    let document =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return (document?["design"] as? [String: Any])?["azs"] as? Int
  }

  /// Two AZs of NAT gateways by default; three when the parameter says so, from the flag or
  /// from a file (the flag wins over the file).
  @Test func givenValuesDecideWhatIsBuilt() throws {
    #expect(try Self.azs([]) == 2)
    #expect(try Self.azs(["--parameter", "NumberOfAZs=3"]) == 3)
    let file = try TestSupport.file("NumberOfAZs=3\n", name: "p.txt")
    #expect(try Self.azs(["--parameters", file]) == 3)
    #expect(try Self.azs(["--parameters", file, "--parameter", "NumberOfAZs=2"]) == 2)
  }

  @Test(arguments: [
    (
      ["--parameter", "NumberOfAZ=3"],
      "the template has no parameter 'NumberOfAZ' (it has NumberOfAZs); did you mean NumberOfAZs?"
    ),
    (
      ["--parameter", "NumberOfAZs"],
      "--parameter 'NumberOfAZs' is not KEY=VALUE (for example Env=prod)"
    ),
  ])
  func badParametersAreUsageErrors(arguments: [String], message: String) throws {
    let path = try TestSupport.file(Self.template, name: "t.yaml")
    let result = TestSupport.run(["review", path] + arguments)
    #expect(result.code == .usage)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "vpccost: error: \(message)\n")
  }
}
