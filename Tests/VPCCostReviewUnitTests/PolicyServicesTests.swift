import Testing
import VPCCostTestSupport

@testable import VPCCostFormats
@testable import VPCCostReview

/// The services a function's permissions show, from every place CloudFormation and SAM attach
/// policies: a managed policy of the template attached by reference, AWS managed policies by
/// ARN on the role, and AWS managed policy names in SAM's `Policies`.
@Suite struct PolicyServicesTests {
  static let template = """
    Transform: AWS::Serverless-2016-10-31
    Resources:
      QueuePolicy:
        Type: 'AWS::IAM::ManagedPolicy'
        Properties:
          PolicyDocument:
            Statement: [{Effect: Allow, Action: 'sqs:SendMessage', Resource: '*'}]
      Role:
        Type: 'AWS::IAM::Role'
        Properties:
          AssumeRolePolicyDocument:
            Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: 'sts:AssumeRole'}]
          ManagedPolicyArns:
            - !Ref QueuePolicy
            - arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess
            - arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole
      WithRole:
        Type: 'AWS::Serverless::Function'
        Properties: {Runtime: python3.13, Handler: a.h, CodeUri: ., Role: !GetAtt Role.Arn}
      WithPolicies:
        Type: 'AWS::Serverless::Function'
        Properties: {Runtime: python3.13, Handler: a.h, CodeUri: ., Policies: [AmazonS3ReadOnlyAccess, AWSLambdaBasicExecutionRole]}
    """

  /// Each function's services, with where the template shows them.
  @Test func everyAttachmentCounts() throws {
    let network = CloudFormationNetworkReader.read(try TemplateReader.read(Self.template))
    let uses = Dictionary(
      uniqueKeysWithValues: network.functions.map {
        ($0.place.id, $0.services.map { "\($0.service) (\($0.source))" })
      })
    #expect(
      uses["WithRole"] == [
        "sqs (sqs:SendMessage in QueuePolicy)", "dynamodb (AmazonDynamoDBFullAccess on Role)",
      ])
    // The execution-role policies grant nothing the function's code calls.
    #expect(uses["WithPolicies"] == ["s3 (AmazonS3ReadOnlyAccess on WithPolicies)"])
  }
}
