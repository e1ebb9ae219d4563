/// A validated description of what the VPC's functions send to AWS services in a month.
public struct Workload: Hashable, Sendable {
  /// The region code, such as `us-east-1`.
  public let region: String
  /// How many Availability Zones the functions run in (N).
  public let azs: Int
  /// Invocations or GB a month, as given.
  public let traffic: Traffic
  /// Request payload per invocation, in bytes.
  public let requestBytes: Int128
  /// Response payload per invocation, in bytes.
  public let responseBytes: Int128
  /// Protocol overhead per invocation (headers, SigV4, TLS framing), in bytes.
  public let overheadBytes: Int128
  /// The services reached through interface endpoints (S = count).
  public let services: ServiceSelection
  /// Hours in the month (H).
  public let hours: Int
  /// Whether single-AZ designs may be recommended when N >= 2.
  public let allowSingleAZ: Bool
  /// GB a month to destinations outside AWS (third-party APIs): needs a NAT gateway.
  public let internetGB: Quantity
  /// GB a month to S3, through free gateway endpoints.
  public let s3GB: Quantity
  /// GB a month to DynamoDB, through free gateway endpoints.
  public let dynamoDBGB: Quantity
  /// How many spoke VPCs each run this workload (1 unless the organisation-scale designs apply).
  public let vpcs: Int
  /// Whether the VPCs are attached to a Transit Gateway already, so attachments are not priced.
  public let tgwExisting: Bool
  /// The preset the services came from, if any.
  public let preset: ServicePreset?
  /// GB a month through the egress path, both directions (D): given, or derived from invocations.
  public let gbPerMonth: Quantity

  /// Creates a workload; `WorkloadParser` checks every value against `WorkloadLimits` first.
  public init(
    region: String, azs: Int, traffic: Traffic, requestBytes: Int128 = 1_024,
    responseBytes: Int128 = 1_024, overheadBytes: Int128 = 2_048,
    services: ServiceSelection = .lambdaOnly, hours: Int = 730, allowSingleAZ: Bool = false,
    internetGB: Quantity = .zero, s3GB: Quantity = .zero, dynamoDBGB: Quantity = .zero,
    vpcs: Int = 1, tgwExisting: Bool = false, preset: ServicePreset? = nil
  ) {
    self.region = region
    self.azs = azs
    self.traffic = traffic
    self.requestBytes = requestBytes
    self.responseBytes = responseBytes
    self.overheadBytes = overheadBytes
    self.services = services
    self.hours = hours
    self.allowSingleAZ = allowSingleAZ
    self.internetGB = internetGB
    self.s3GB = s3GB
    self.dynamoDBGB = dynamoDBGB
    self.vpcs = vpcs
    self.tgwExisting = tgwExisting
    self.preset = preset
    let bytesPerInvocation = requestBytes + responseBytes + overheadBytes
    switch traffic {
    case .invocations(let count):
      gbPerMonth = Quantity.gigabytes(fromBytes: count * bytesPerInvocation)
    case .gigabytes(let gigabytes):
      gbPerMonth = gigabytes
    }
  }

  /// Request, response and overhead together: the bytes one invocation moves.
  public var bytesPerInvocation: Int128 { requestBytes + responseBytes + overheadBytes }

  /// GB a month through free gateway endpoints (S3 and DynamoDB).
  public var gatewayEndpointGB: Quantity { s3GB + dynamoDBGB }

  /// Whether some traffic goes to the internet, so a NAT gateway is needed.
  public var needsInternet: Bool { internetGB > .zero }

  /// Whether the organisation-scale designs apply: two or more spoke VPCs.
  public var isOrganisation: Bool { vpcs >= 2 }

  /// AWS-service traffic of all VPCs together (T = N x D): what endpoint tiers and the Transit
  /// Gateway see.
  public var totalGB: Quantity { gbPerMonth.multiplied(by: vpcs) }

  /// Internet traffic of all VPCs together.
  public var totalInternetGB: Quantity { internetGB.multiplied(by: vpcs) }

  /// S3 and DynamoDB traffic of all VPCs together.
  public var totalGatewayEndpointGB: Quantity { gatewayEndpointGB.multiplied(by: vpcs) }

  /// The same workload with other AWS-service traffic (for sweeps and break-even points).
  public func with(gigabytes: Quantity) -> Workload {
    with(traffic: .gigabytes(gigabytes), vpcs: vpcs)
  }

  /// The same workload in another number of VPCs (for sweeps over the VPC count).
  public func with(vpcs count: Int) -> Workload { with(traffic: traffic, vpcs: count) }

  private func with(traffic: Traffic, vpcs count: Int) -> Workload {
    Workload(
      region: region, azs: azs, traffic: traffic, requestBytes: requestBytes,
      responseBytes: responseBytes, overheadBytes: overheadBytes, services: services, hours: hours,
      allowSingleAZ: allowSingleAZ, internetGB: internetGB, s3GB: s3GB, dynamoDBGB: dynamoDBGB,
      vpcs: count, tgwExisting: tgwExisting, preset: preset)
  }

  /// The invocations a month, when the traffic was given that way.
  public var invocations: Int128? {
    if case .invocations(let count) = traffic { return count }
    return nil
  }
}
