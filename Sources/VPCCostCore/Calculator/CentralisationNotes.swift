/// What sharing endpoints or NAT gateways across VPCs costs beyond money, in words.
enum CentralisationNotes {
  /// The notes for a workload: none for one VPC.
  static func list(for workload: Workload) -> [String] {
    guard workload.isOrganisation else { return [] }
    return [
      "One endpoint policy serves every spoke: a policy is limited to 20,480 characters, so per-team rules must fit in one document per service.",
      "A larger blast radius: a mistake in the hub VPC, its endpoints or the Transit Gateway route tables cuts every spoke off from the AWS services at once.",
      "DNS goes through Route 53 private hosted zones: the hub's endpoints run with private DNS off, and one zone per service (with an alias record to the endpoint) is associated with every spoke VPC, including spokes added later.",
      "Gateway endpoints (S3, DynamoDB) cannot be reached through a Transit Gateway: they stay in every VPC, and S3 or DynamoDB traffic sent through the hub would be charged as Transit Gateway data.",
      "Central egress concentrates internet access: one set of NAT gateways and public IPs for every spoke, and one place to filter traffic, with the same blast radius.",
    ]
  }
}
