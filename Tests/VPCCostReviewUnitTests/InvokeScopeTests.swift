import Testing
import VPCCostTestSupport

@testable import VPCCostFormats
@testable import VPCCostReview

/// VPCC011's advice names the function that is invoked, never the caller.
@Suite struct InvokeScopeTests {
  /// A test harness outside the VPC invokes the VPC function; the grant is on the harness's role.
  static let harness = """
    Transform: AWS::Serverless-2016-10-31
    Resources:
      HarnessRole:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: 'sts:AssumeRole'}]
          Policies:
            - PolicyName: invoke
              PolicyDocument:
                Statement: [{Effect: Allow, Action: 'lambda:InvokeFunction', Resource: '*'}]
      Harness:
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.13
          Handler: a.h
          CodeUri: .
          Role: !GetAtt HarnessRole.Arn
          ENV_PLACEHOLDER
      Worker:
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.13
          Handler: a.h
          CodeUri: .
          VpcConfig: {SubnetIds: [subnet-1, subnet-2], SecurityGroupIds: [sg-1]}
      Other:
        Type: AWS::Serverless::Function
        Properties: {Runtime: python3.13, Handler: a.h, CodeUri: .}
    """

  static func advice(_ template: String) throws -> [String] {
    let network = CloudFormationNetworkReader.read(try TemplateReader.read(template))
    return ReviewChecks.wildcardChecks(network).map(\.message)
  }

  /// The holder (Harness) is not its own callee: Worker and Other are named, not Harness.
  @Test func theCallerIsNotTheCallee() throws {
    let messages = try Self.advice(Self.harness.replacing("ENV_PLACEHOLDER", with: ""))
    #expect(messages.count == 1)
    #expect(messages.first?.contains("!GetAtt Worker.Arn, !GetAtt Other.Arn (and keep") == true)
    #expect(messages.first?.contains("Harness.Arn") == false)
  }

  /// The environment names the callee: only Worker is named.
  @Test func theEnvironmentNamesTheCallee() throws {
    let messages = try Self.advice(
      Self.harness.replacing(
        "ENV_PLACEHOLDER", with: "Environment: {Variables: {TARGET: !Ref Worker, REGION: x}}"))
    #expect(messages.first?.contains("the template defines: !GetAtt Worker.Arn (and keep") == true)
  }
}
