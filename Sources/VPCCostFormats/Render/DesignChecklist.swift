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
