/// A named set of endpoint services that a kind of workload needs, kept with the AWS page that
/// lists them.
public enum ServicePreset: String, Sendable, CaseIterable {
  /// A private Amazon EKS cluster (nodes without internet access).
  case eks
  /// Amazon ECS tasks on AWS Fargate pulling images from Amazon ECR.
  case ecsFargate = "ecs-fargate"
  /// Instances managed by AWS Systems Manager (Session Manager, Run Command).
  case ssm
  /// Lambda functions in a VPC that invoke other functions.
  case lambda

  /// The interface endpoint services, in the order AWS's page lists them.
  public var services: [String] {
    switch self {
    case .eks:
      return [
        "ec2", "ecr.api", "ecr.dkr", "sts", "logs", "elasticloadbalancing", "eks", "eks-auth",
      ]
    case .ecsFargate: return ["ecr.api", "ecr.dkr", "logs"]
    case .ssm: return ["ssm", "ssmmessages", "ec2messages"]
    case .lambda: return ["lambda"]
    }
  }

  /// Whether the workload also needs the S3 gateway endpoint (image layers come from S3).
  public var needsS3GatewayEndpoint: Bool { self == .eks || self == .ecsFargate }

  /// The AWS page the list comes from.
  public var source: String {
    switch self {
    case .eks: return "https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html"
    case .ecsFargate:
      return "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html"
    case .ssm:
      return "https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html"
    case .lambda:
      return "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-endpoints.html"
    }
  }

  /// `eks, ecs-fargate, ssm, lambda`, for messages and help.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
