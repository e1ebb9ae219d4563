import Testing
import VPCCostCore
import VPCCostTestSupport

@testable import VPCCostFormats
@testable import VPCCostReview

/// A resource's `Condition`: false under the defaults, the resource is not built; not known,
/// it is read as built and the review says so.
@Suite struct ConditionalResourceTests {
  static let template = """
    Parameters:
      NumberOfAZs: {Type: Number, Default: '2', AllowedValues: ['2', '3']}
      Mode: {Type: String}
    Conditions:
      ThreeAZs: !Equals [!Ref NumberOfAZs, '3']
      Maybe: !Equals [!Ref Mode, 'on']
    Resources:
      Vpc: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: 10.0.0.0/16}}
      PublicA:
        Type: 'AWS::EC2::Subnet'
        Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [0, !GetAZs '']}
      PublicB:
        Type: 'AWS::EC2::Subnet'
        Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [1, !GetAZs '']}
      PublicC:
        Type: 'AWS::EC2::Subnet'
        Condition: ThreeAZs
        Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [2, !GetAZs '']}
      NatA: {Type: 'AWS::EC2::NatGateway', Properties: {SubnetId: !Ref PublicA}}
      NatB: {Type: 'AWS::EC2::NatGateway', Properties: {SubnetId: !Ref PublicB}}
      NatC: {Type: 'AWS::EC2::NatGateway', Condition: ThreeAZs, Properties: {SubnetId: !Ref PublicC}}
      NatD: {Type: 'AWS::EC2::NatGateway', Condition: Maybe, Properties: {SubnetId: !Ref PublicA}}
    """

  /// Under the defaults (two AZs) the third subnet and its NAT gateway are not built; NatD,
  /// whose condition rests on a parameter without a default, is read as built, and said so.
  @Test func falseConditionsLeaveResourcesOut() throws {
    let network = CloudFormationNetworkReader.read(try TemplateReader.read(Self.template))
    #expect(network.natGateways.map(\.place.id) == ["NatA", "NatB", "NatD"])
    #expect(network.subnets.map(\.place.id) == ["PublicA", "PublicB"])
    #expect(
      network.assumptions.contains(
        "NatD is read as created, though its condition Maybe is not known (the parameter Mode has no default and no value was given)"
      ))
  }

  /// With three AZs given, the third subnet and NAT gateway are built; with Mode=off, NatD is not.
  @Test func givenParametersBuildWhatTheySay() throws {
    let context = EvaluationContext(parameters: ["NumberOfAZs": "3", "Mode": "off"])
    let network = CloudFormationNetworkReader.read(
      try TemplateReader.read(Self.template), context: context)
    #expect(network.natGateways.map(\.place.id) == ["NatA", "NatB", "NatC"])
    #expect(network.subnets.map(\.place.id) == ["PublicA", "PublicB", "PublicC"])
    #expect(!network.assumptions.contains { $0.hasPrefix("NatD") })
  }

  /// The review of the defaults: a network review of NatA, NatB (AZs #0 and #1) and NatD (in
  /// PublicA, #0): nat-per-az in 2 AZs, no function, 3 x 730 h x ($0.045 + $0.005) = $109.50
  /// before traffic; NatD's condition is an assumption, not a finding.
  @Test func theReviewOfTheDefaults() throws {
    let review = try TemplateReview.review(
      try TemplateReader.read(Self.template), input: WorkloadInput(), catalog: .embedded)
    #expect(review.report.natGateways.map(\.id) == ["NatA", "NatB", "NatD"])
    #expect(review.report.natGateways.map(\.zone) == [.index(0), .index(1), .index(0)])
    #expect(review.report.functions.isEmpty)
    #expect(review.design == .natPerAZ && review.azs == 2 && review.azsKnown)
    #expect(review.networkFixedCost == Money("109.50"))
    #expect(review.findings.isEmpty)
    #expect(review.assumptions.contains { $0.hasPrefix("NatD is read as created") })
  }
}
