/// Which design wins and against what, without the words: cheap enough for batch runs.
public struct RecommendationChoice: Hashable, Sendable {
  /// The winning design.
  public let design: DesignID
  /// Its monthly cost.
  public let monthlyCost: Money
  /// The best candidate of the other technology.
  public let alternative: DesignID
  /// Its monthly cost.
  public let alternativeCost: Money
  /// The designs that could be recommended (per-AZ only when N >= 2 without --allow-single-az).
  public let candidates: [DesignID]

  /// What the winner saves against the best design of the other technology (zero on a tie).
  public var monthlySavings: Money { alternativeCost - monthlyCost }

  /// Whether the two technologies cost exactly the same, so PrivateLink won on the tie rule.
  public var decidedByTie: Bool { alternativeCost == monthlyCost }

  /// The technology of the winning design.
  public var technology: Technology { design.technology }

  /// Applies the cost model's rule: the cheapest candidate wins; on an exact tie PrivateLink,
  /// then the per-AZ layout.
  public static func choose(from costs: [DesignCost], workload: Workload) -> RecommendationChoice {
    let admitsSingleAZ = workload.azs == 1 || workload.allowSingleAZ
    var bestNAT: DesignCost?
    var bestPrivateLink: DesignCost?
    var candidates: [DesignID] = []
    for cost in costs where admitsSingleAZ || cost.design.layout == .perAZ {
      candidates.append(cost.design)
      switch cost.design.technology {
      case .nat:
        if bestNAT.map({ isPreferred(cost, $0) }) ?? true { bestNAT = cost }
      case .privatelink:
        if bestPrivateLink.map({ isPreferred(cost, $0) }) ?? true { bestPrivateLink = cost }
      }
    }
    guard let nat = bestNAT, let privateLink = bestPrivateLink else {
      preconditionFailure("every layout has a NAT and a PrivateLink design")
    }
    let (winner, alternative) =
      isPreferred(nat, privateLink) ? (nat, privateLink) : (privateLink, nat)
    return RecommendationChoice(
      design: winner.design, monthlyCost: winner.monthlyCost, alternative: alternative.design,
      alternativeCost: alternative.monthlyCost, candidates: candidates)
  }

  /// Cheaper first; on equal cost PrivateLink before NAT, then per-AZ before single-AZ.
  static func isPreferred(_ lhs: DesignCost, _ rhs: DesignCost) -> Bool {
    if lhs.monthlyCost != rhs.monthlyCost { return lhs.monthlyCost < rhs.monthlyCost }
    if lhs.design.technology != rhs.design.technology {
      return lhs.design.technology == .privatelink
    }
    return lhs.design.layout == .perAZ && rhs.design.layout != .perAZ
  }
}
