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

/// Actions the function's code does not send out of the VPC are not counted, each by its rule.
@Suite struct ActionsWithoutAWayOutTests {
  static let template = """
    Transform: AWS::Serverless-2016-10-31
    Resources:
      Stream: {Type: 'AWS::Kinesis::Stream', Properties: {ShardCount: 1}}
      Search:
        Type: 'AWS::OpenSearchService::Domain'
        Properties: {VPCOptions: {SubnetIds: [subnet-1]}}
      Consumer:
        Type: 'AWS::Serverless::Function'
        Properties:
          Runtime: python3.13
          Handler: a.h
          CodeUri: .
          Events: {Jobs: {Type: SQS, Properties: {Queue: arn:aws:sqs:us-east-1:1:jobs}}}
          Policies:
            - Statement:
                - Effect: Allow
                  Action: [dynamodb:GetRecords, dynamodb:DescribeStream, elasticfilesystem:ClientMount,
                    rds-db:connect, es:ESHttpPost, sqs:ReceiveMessage, sqs:DeleteMessage,
                    kinesis:GetRecords, sns:Publish]
                  Resource: '*'
      Mapping:
        Type: 'AWS::Lambda::EventSourceMapping'
        Properties: {FunctionName: !Ref Consumer, EventSourceArn: !GetAtt Stream.Arn}
      Plain:
        Type: 'AWS::Serverless::Function'
        Properties:
          Runtime: python3.13
          Handler: a.h
          CodeUri: .
          Policies:
            - Statement:
                - {Effect: Allow, Action: [sqs:ReceiveMessage, kinesis:GetRecords], Resource: '*'}
    """

  /// Of Consumer's nine actions only sns:Publish is a call its code makes out of the VPC.
  ///
  /// Consumer polls SQS (a SAM event) and a Kinesis stream (an event source mapping). Plain
  /// has no event sources, so its SQS and Kinesis reads are its code's.
  @Test func onlyTheCodesCallsCount() throws {
    let network = CloudFormationNetworkReader.read(try TemplateReader.read(Self.template))
    let uses = Dictionary(
      uniqueKeysWithValues: network.functions.map { ($0.place.id, $0.services.map(\.service)) })
    #expect(uses["Consumer"] == ["sns"])
    #expect(uses["Plain"] == ["sqs", "kinesis-streams"])
  }

  /// The search domain outside a VPC is reached over the internet: es:ESHttpPost counts.
  @Test func aPublicSearchDomainIsACall() throws {
    let text = Self.template.replacing(
      "Properties: {VPCOptions: {SubnetIds: [subnet-1]}}", with: "Properties: {}")
    let network = CloudFormationNetworkReader.read(try TemplateReader.read(text))
    #expect(
      network.functions.first { $0.place.id == "Consumer" }?.services.map(\.service) == [
        "es", "sns",
      ])
  }
}
