/// Puts the reasons for a recommendation into plain words.
enum RecommendationExplainer {
  /// The reasons: the saving or the tie, which cost dominates, what would change the answer,
  /// and why single-AZ designs were or were not considered.
  static func reasons(
    choice: RecommendationChoice, designs: [DesignCost], breakEven: BreakEven,
    workload: Workload
  ) -> [String] {
    var reasons = [verdict(choice)]
    if workload.needsInternet {
      reasons.append(
        "\(workload.internetGB.display(places: 2)) GB a month go to the internet, which needs a NAT gateway, so the pure PrivateLink designs are not feasible: the choice is between keeping all traffic on NAT and adding interface endpoints beside it for the AWS services."
      )
    }
    if let nat = designs.first(where: { $0.design == breakEven.natDesign }),
      let endpoints = designs.first(where: { $0.design == breakEven.endpointDesign })
    {
      reasons.append(dominantCost(nat: nat, privateLink: endpoints, workload: workload))
    }
    if workload.isOrganisation {
      reasons += OrganisationReasons.reasons(designs: designs, workload: workload)
    }
    if let gateway = gatewayNote(designs: designs, workload: workload) { reasons.append(gateway) }
    reasons.append("What would change the answer: the break-even (below).")
    if let layoutNote = layoutNote(choice: choice, workload: workload) {
      reasons.append(layoutNote)
    }
    return reasons
  }

  private static func verdict(_ choice: RecommendationChoice) -> String {
    let winner = choice.design.shortName
    let other = choice.alternative.shortName
    if choice.decidedByTie {
      return
        "\(winner) and \(other) both cost \(choice.monthlyCost.dollars) a month; on an exact tie PrivateLink wins, because its traffic never leaves the AWS network and no public IP address exists."
    }
    return
      "\(winner) costs \(choice.monthlyCost.dollars) a month, \(choice.monthlySavings.dollars) less than \(other) (\(choice.alternativeCost.dollars))."
  }

  private static func dominantCost(
    nat: DesignCost, privateLink: DesignCost, workload: Workload
  ) -> String {
    let gateways = nat.design.layout.instances(azs: workload.azs) * workload.vpcs
    let endpoints = workload.services.count
    let vpcs = workload.isOrganisation ? " of \(workload.vpcs) VPCs" : ""
    if privateLink.design.technology == .hybrid {
      let added = privateLink.cost(of: .hourly) - nat.cost(of: .hourly)
      let saved = nat.cost(of: .data) - privateLink.cost(of: .data)
      return
        "Adding \(endpoints) endpoint\(endpoints == 1 ? "" : "s") beside the NAT gateway costs \(added.dollars) a month in endpoint-hours and saves \(saved.dollars) of NAT processing on \(workload.gbPerMonth.display(places: 2)) GB a month of AWS-service traffic."
    }
    let natFixed = nat.fixedCost
    let natTraffic = nat.monthlyCost - natFixed
    if natFixed >= natTraffic {
      return
        "Fixed hourly charges dominate: \(gateways) NAT gateway\(gateways == 1 ? "" : "s") with \(gateways == 1 ? "its" : "their") public IPv4 address\(gateways == 1 ? " costs" : "es cost") \(natFixed.dollars) a month before any traffic, against \(privateLink.fixedCost.dollars) for \(endpoints) endpoint\(endpoints == 1 ? "" : "s") in \(nat.design.layout.instances(azs: workload.azs)) AZ\(gateways == 1 ? "" : "s")\(vpcs)."
    }
    return
      "Traffic dominates: at \(workload.gbPerMonth.display(places: 2)) GB a month the NAT gateway's processing costs \(nat.cost(of: .data).dollars) against \(privateLink.cost(of: .data).dollars) through interface endpoints, which charge less per GB."
  }

  /// What S3 and DynamoDB traffic would have cost through a NAT gateway: the classic NAT bill
  /// mistake that free gateway endpoints avoid.
  private static func gatewayNote(designs: [DesignCost], workload: Workload) -> String? {
    guard workload.gatewayEndpointGB > .zero,
      let natData = designs.first(where: { $0.design == .natPerAZ })?.lineItems.first(where: {
        $0.id == .natData
      }),
      let price = natData.unitPrice
    else { return nil }
    let avoided = workload.gatewayEndpointGB * price
    return
      "S3 and DynamoDB traffic (\(workload.gatewayEndpointGB.display(places: 2)) GB a month) goes through free gateway endpoints in every design; through a NAT gateway it would cost \(avoided.dollars) a month more in processing (\(price.dollars) per GB)."
  }

  private static func layoutNote(choice: RecommendationChoice, workload: Workload) -> String? {
    if workload.isOrganisation { return nil }
    if workload.azs == 1 {
      return
        "With 1 AZ the single-AZ and per-AZ layouts are the same and cost the same; add AZs for resilience."
    }
    if !workload.allowSingleAZ {
      return
        "Single-AZ designs are not candidates with \(workload.azs) AZs: losing the AZ that holds the shared gateway or endpoint cuts every function off. Pass --allow-single-az to admit them for dev and test accounts."
    }
    if choice.design.layout == .singleAZ {
      return
        "This single-AZ design is a single point of failure, and the other AZs pay cross-AZ transfer to reach it; fine for dev and test, not for production."
    }
    return nil
  }
}
