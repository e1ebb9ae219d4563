/// The assumptions behind every comparison, and warnings about unconfirmed prices.
enum Assumptions {
  /// What the numbers take for granted, in words.
  static func list(for workload: Workload, table: PriceTable) -> [String] {
    var list = [
      "A month is \(workload.hours) hours\(workload.hours == 730 ? " (the AWS Pricing Calculator's month)" : ""); partial hours bill as full hours.",
      "1 GB = 2^30 bytes, as AWS bills data; traffic counts both directions once through the egress path.",
    ]
    if let invocations = workload.invocations {
      list.append(
        "\(DecimalText.grouped(String(invocations))) invocations x \(DataSize.describe(workload.bytesPerInvocation)) (request \(DataSize.describe(workload.requestBytes)) + response \(DataSize.describe(workload.responseBytes)) + protocol overhead \(DataSize.describe(workload.overheadBytes))) = \(workload.gbPerMonth.display(places: 6)) GB a month."
      )
    }
    list += [
      "Same-region traffic from a NAT gateway to an AWS service's public endpoint carries no internet data-transfer charge (AWS's NAT pricing example); no AWS text names Lambda Invoke traffic, so it is counted as NAT processing only.",
      workload.isOrganisation
        ? "Endpoint data tiers apply to all interface-endpoint traffic in the region: the \(workload.vpcs) VPCs' traffic together (\(workload.totalGB.display(places: 2)) GB a month) is taken to be all of it."
        : "Endpoint data tiers apply to all interface-endpoint traffic in the region; this workload is taken to be all of it.",
      workload.isOrganisation
        ? "Single-AZ designs are not priced with more than one VPC: every spoke would depend on one AZ."
        : "Single-AZ designs: the functions are spread evenly over the \(workload.azs) AZ\(workload.azs == 1 ? "" : "s"), so \(workload.azs - 1)/\(workload.azs) of the traffic crosses AZs, billed \(table.crossAZPerGBEachDirection.dollars)/GB leaving and again arriving.",
      "On-demand prices in \(table.currency) without tax; Lambda request and duration charges are the same in every design and left out.",
      "The regional NAT gateway is billed one NAT gateway-hour per active AZ per hour at \(table.regionalNatGateway == nil ? "the zonal rate (the table has no regional figure)" : "the table's regional rate"), with one public IPv4 address per active AZ (AWS does not confirm the count in automatic mode).",
    ]
    if workload.needsInternet {
      list.append(
        "Internet traffic is priced at the region's tiered data-transfer-out rates; the account-wide 100 GB a month free tier is not applied. NAT designs process it together with the AWS-service traffic; hybrid designs' NAT gateways process only it."
      )
    }
    if workload.isOrganisation { list += organisation(workload) }
    if let preset = workload.preset {
      list.append(
        "The \(preset.rawValue) preset's services come from \(preset.source)\(preset.needsS3GatewayEndpoint ? "; it also needs the S3 gateway endpoint (free), whose traffic is priced only when given with --s3-gb" : "")."
      )
    }
    if workload.gatewayEndpointGB > .zero {
      list.append(
        "S3 and DynamoDB traffic goes through gateway endpoints, which have no hourly or data charge; it crosses no AZ."
      )
    }
    return list
  }

  /// What the organisation-scale designs take for granted.
  static func organisation(_ workload: Workload) -> [String] {
    [
      "\(workload.vpcs) spoke VPCs, each with the workload above; costs are for all of them together.",
      workload.tgwExisting
        ? "The VPCs are attached to a Transit Gateway already (--tgw-existing): attachment-hours are not part of this decision; data processing still is."
        : "The shared designs attach every spoke and the shared VPC to a Transit Gateway: \(workload.vpcs + 1) attachments, billed every hour.",
      "The Transit Gateway charges every GB sent into it from a VPC attachment: requests from the spokes and responses from the shared VPC, so the traffic is processed once in total.",
      "Traffic stays in its AZ through the Transit Gateway: every attachment has a subnet in every AZ.",
      "Hub endpoints need one Route 53 private hosted zone per service, associated with every spoke: $\(HostedZonePrice.firstZones.price) a zone-month for the first \(HostedZonePrice.firstZones.upTo) zones and $\(HostedZonePrice.furtherZones) after (\(HostedZonePrice.source), checked \(HostedZonePrice.checked)); a monthly price, whatever the hours.",
      "Gateway endpoints (S3, DynamoDB) cannot be reached through a Transit Gateway: they stay, free, in every VPC.",
    ]
  }

  /// One warning for each unconfirmed figure the comparison uses.
  static func warnings(for table: PriceTable) -> [String] {
    let used = [
      "natGateway.hourly", "natGateway.perGB", "interfaceEndpoint.hourlyPerAZ",
      "interfaceEndpoint.dataTiers", "publicIPv4.hourly", "crossAZ.perGBEachDirection",
    ]
    var warnings: [String] = []
    if table.confidence == .unverified {
      warnings.append("Every price in the \(table.region) table (\(table.origin)) is unverified.")
    }
    for key in used {
      if let reason = table.unverified[key] {
        warnings.append("The \(table.region) price \(key) is unverified: \(reason).")
      }
    }
    return warnings
  }
}
