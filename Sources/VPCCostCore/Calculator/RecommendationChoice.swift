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

  /// Applies the cost model's rule: the cheapest feasible candidate wins; on an exact tie
  /// PrivateLink, then the hybrid design, then the per-AZ layout, then regional.
  ///
  /// Candidates are the designs that survive the loss of an AZ (per-AZ and regional) when
  /// N >= 2, unless `allowSingleAZ`; every design when N = 1.
  public static func choose(from costs: [DesignCost], workload: Workload) -> RecommendationChoice {
    let admitsSingleAZ = workload.azs == 1 || workload.allowSingleAZ
    var winner: DesignCost?
    var candidates: [DesignID] = []
    for cost in costs where cost.isFeasible && (admitsSingleAZ || cost.design.layout.isResilient) {
      candidates.append(cost.design)
      if winner.map({ isPreferred(cost, $0) }) ?? true { winner = cost }
    }
    guard let winner else { preconditionFailure("the per-AZ NAT design is always a candidate") }
    var alternative: DesignCost?
    for cost in costs
    where candidates.contains(cost.design) && cost.design.technology != winner.design.technology {
      if alternative.map({ isPreferred(cost, $0) }) ?? true { alternative = cost }
    }
    let other = alternative ?? winner
    return RecommendationChoice(
      design: winner.design, monthlyCost: winner.monthlyCost, alternative: other.design,
      alternativeCost: other.monthlyCost, candidates: candidates)
  }

  /// Cheaper first; on equal cost PrivateLink, then hybrid, then NAT; then per-AZ, regional,
  /// single-AZ.
  static func isPreferred(_ lhs: DesignCost, _ rhs: DesignCost) -> Bool {
    if lhs.monthlyCost != rhs.monthlyCost { return lhs.monthlyCost < rhs.monthlyCost }
    let left = (lhs.design.technology.tieRank, lhs.design.layout.tieRank)
    let right = (rhs.design.technology.tieRank, rhs.design.layout.tieRank)
    return left < right
  }
}
