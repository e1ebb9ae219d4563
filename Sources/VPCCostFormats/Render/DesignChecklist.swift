import VPCCostCore

/// What to check before building a design: the things that trip people up in practice.
package enum DesignChecklist {
  /// The checklist items for a design, in the order a reviewer would tick them.
  package static func items(for design: DesignID, workload: Workload) -> [String] {
    let services =
      workload.services.names.isEmpty
      ? "each of the \(workload.services.count) services"
      : workload.services.names.joined(separator: ", ")
    var items: [String]
    if design.layout == .shared {
      items = sharedItems(design, services: services, workload: workload)
      if workload.gatewayEndpointGB > .zero || workload.preset?.needsS3GatewayEndpoint == true {
        items.append(
          "Gateway endpoints for S3 and DynamoDB in every spoke VPC (they cannot be reached through a Transit Gateway), associated with every private route table."
        )
      }
      return items
    }
    switch design.technology {
    case .privatelink, .hybrid:
      items = [
        "One interface endpoint (`AWS::EC2::VPCEndpoint`, `VpcEndpointType: Interface`) for \(services).",
        "The endpoint's security group allows inbound TCP 443 from the functions' security group (not from 0.0.0.0/0).",
        "`PrivateDnsEnabled: true`, so the SDK's default endpoint name resolves to the endpoint inside the VPC.",
        design.layout == .perAZ
          ? "An endpoint subnet (ENI) in every AZ the functions use: \(workload.azs) AZ\(workload.azs == 1 ? "" : "s")."
          : "The endpoint's single ENI sits in one AZ: functions in the other AZs cross AZs to reach it, and lose it if that AZ fails.",
        "The execution role allows `lambda:InvokeFunction` scoped to the target function's ARN, not `*`.",
        "The execution role has the ENI permissions of `AWSLambdaVPCAccessExecutionRole` (ec2:CreateNetworkInterface, DescribeNetworkInterfaces, DeleteNetworkInterface).",
        design.technology == .hybrid
          ? "The NAT gateway stays for internet traffic only: routes to AWS services resolve to the endpoints through private DNS, so their traffic no longer pays NAT processing."
          : "Nothing else in the VPC needs the internet: without a NAT gateway, calls to third-party APIs fail.",
      ]
      if design.technology == .hybrid { items += natItems(design, workload: workload) }
    case .nat:
      items = natItems(design, workload: workload)
    }
    if workload.gatewayEndpointGB > .zero {
      items.append(
        "Gateway endpoints (`VpcEndpointType: Gateway`) for S3 and DynamoDB, associated with every private subnet's route table: without them that traffic pays NAT processing."
      )
    }
    return items
  }

  /// What a design shared through a Transit Gateway needs in the hub and in every spoke.
  private static func sharedItems(_ design: DesignID, services: String, workload: Workload)
    -> [String]
  {
    let common = [
      "Every spoke VPC (\(workload.vpcs)) and the \(design == .hubEndpoints ? "hub" : "egress") VPC attached to the Transit Gateway, with an attachment subnet in each of the \(workload.azs) AZs so that traffic stays in its AZ.",
      design == .hubEndpoints
        ? "Routes: each spoke's private route tables send the hub VPC's address range (where the endpoints' ENIs are) to the Transit Gateway, and the hub's route back to every spoke."
        : "Routes: each spoke's private route tables send 0.0.0.0/0 to the Transit Gateway, whose route table sends it to the egress VPC's attachment, and the egress VPC routes the spokes' ranges back through the Transit Gateway.",
    ]
    if design == .hubEndpoints {
      return common + [
        "In the hub VPC, one interface endpoint for \(services), with an ENI in each AZ and `PrivateDnsEnabled: false` (private DNS would serve only the hub).",
        "One Route 53 private hosted zone per service (such as `lambda.REGION.amazonaws.com`) with an alias record to the endpoint, associated with the hub and every spoke VPC, including spokes added later (`vpccost template --design hub-endpoints`).",
        "Every spoke VPC has `EnableDnsSupport` and `EnableDnsHostnames` on, so that it resolves the private hosted zones.",
        "The endpoints' security group allows inbound TCP 443 from the spokes' address ranges (security group references do not cross a Transit Gateway).",
        "One endpoint policy per service serves every spoke: keep it under 20,480 characters.",
      ]
    }
    return common + [
      "In the egress VPC, a NAT gateway and a public subnet in each of the \(workload.azs) AZs, its private subnets routing 0.0.0.0/0 to the NAT gateway in their own AZ, and the return routes to the spokes' ranges through the Transit Gateway.",
      "Each NAT gateway has an Elastic IP, billed as an in-use public IPv4 address every hour (the `public-ipv4` line item).",
      "The spokes have no internet gateway of their own: their only way out is the egress VPC.",
    ]
  }

  private static func natItems(_ design: DesignID, workload: Workload) -> [String] {
    if design.layout == .regional {
      return [
        "One regional NAT gateway for the VPC; it becomes active in an AZ when workloads appear there, which takes time: bring it up in every AZ before traffic depends on it.",
        "Private subnets route 0.0.0.0/0 to the regional NAT gateway; an internet gateway is attached to the VPC.",
        "Its public IPv4 addresses are billed every hour (the `public-ipv4` line item assumes one per active AZ).",
        "The execution role has the ENI permissions of `AWSLambdaVPCAccessExecutionRole`, and `lambda:InvokeFunction` scoped to the target function's ARN.",
      ]
    }
    return [
      design.layout == .perAZ
        ? "A NAT gateway and a public subnet in each of the \(workload.azs) AZs the functions use."
        : "One NAT gateway in a public subnet: the other AZs cross AZs to reach it, and lose the way out if its AZ fails.",
      "Route tables send each private subnet's 0.0.0.0/0 to \(design.layout == .perAZ ? "the NAT gateway in its own AZ" : "the NAT gateway").",
      "An internet gateway attached to the VPC, with the public subnets' default route pointing at it.",
      "Each NAT gateway has an Elastic IP, billed as an in-use public IPv4 address every hour (the `public-ipv4` line item).",
      "The execution role has the ENI permissions of `AWSLambdaVPCAccessExecutionRole`, and `lambda:InvokeFunction` scoped to the target function's ARN.",
    ]
  }
}
