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
  /// The designs that could be recommended, one bit per `DesignID.allCases` index.
  let candidateBits: UInt32

  /// The designs that could be recommended (per-AZ only when N >= 2 without --allow-single-az).
  public var candidates: [DesignID] {
    DesignID.allCases.enumerated().filter { candidateBits & (1 << $0.offset) != 0 }.map(\.element)
  }

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
    choose(among: costs, workload: workload)
  }

  /// The same choice among designs priced by category (batch).
  public static func choose(from costs: [DesignTotals], workload: Workload)
    -> RecommendationChoice
  {
    choose(among: costs, workload: workload)
  }

  /// The rule for any priced designs; specialised here for both kinds.
  static func choose<Designs: Collection>(
    among costs: Designs, workload: Workload
  ) -> RecommendationChoice where Designs.Element: PricedDesign {
    let admitsSingleAZ = workload.azs == 1 || workload.allowSingleAZ
    var winner: Designs.Element?
    var bits: UInt32 = 0
    for cost in costs where cost.isFeasible && (admitsSingleAZ || cost.design.layout.isResilient) {
      bits |= 1 << cost.design.index
      if winner.map({ isPreferred(cost, $0) }) ?? true { winner = cost }
    }
    guard let winner else { preconditionFailure("the per-AZ NAT design is always a candidate") }
    var alternative: Designs.Element?
    for cost in costs
    where bits & (1 << cost.design.index) != 0
      && cost.design.technology != winner.design.technology
    {
      if alternative.map({ isPreferred(cost, $0) }) ?? true { alternative = cost }
    }
    let other = alternative ?? winner
    return RecommendationChoice(
      design: winner.design, monthlyCost: winner.monthlyCost, alternative: other.design,
      alternativeCost: other.monthlyCost, candidateBits: bits)
  }

  /// Cheaper first; on equal cost PrivateLink, then hybrid, then NAT; then per-AZ, regional,
  /// shared, single-AZ.
  static func isPreferred(_ lhs: some PricedDesign, _ rhs: some PricedDesign) -> Bool {
    if lhs.monthlyCost != rhs.monthlyCost { return lhs.monthlyCost < rhs.monthlyCost }
    let left = (lhs.design.technology.tieRank, lhs.design.layout.tieRank)
    let right = (rhs.design.technology.tieRank, rhs.design.layout.tieRank)
    return left < right
  }
}
