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

  /// The designs that could be recommended: those that survive the loss of an AZ (per-AZ,
  /// regional and shared layouts) when N >= 2 without --allow-single-az; every feasible design
  /// otherwise (`CandidateTable`).
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
  /// Candidates are the designs that survive the loss of an AZ (per-AZ, regional and shared) when
  /// N >= 2, unless `allowSingleAZ`; every design when N = 1.
  public static func choose(from costs: [DesignCost], workload: Workload) -> RecommendationChoice {
    choose(among: costs, workload: workload)
  }

  /// The same choice among designs priced by category (`CostCalculator.totals`).
  public static func choose(from costs: [DesignTotals], workload: Workload)
    -> RecommendationChoice
  {
    choose(among: costs, workload: workload)
  }

  /// The same choice among designs priced by category, lent in place (a batch row's).
  package static func choose(from costs: Span<DesignTotals>, workload: Workload)
    -> RecommendationChoice
  {
    var table = CandidateTable(workload: workload)
    for index in costs.indices { table.add(costs[index]) }
    return table.choice()
  }

  /// The rule for any priced designs; specialised here for both kinds.
  ///
  /// Each design's id and monthly cost are read once into a table on the stack, and the rule
  /// runs over the table: designs are not copied, nor their costs added up again for every
  /// comparison (batch chooses for millions of workloads).
  static func choose<Designs: Collection>(
    among costs: Designs, workload: Workload
  ) -> RecommendationChoice where Designs.Element: PricedDesign {
    var table = CandidateTable(workload: workload)
    for cost in costs { table.add(cost) }
    return table.choice()
  }

  /// Cheaper first; on equal cost PrivateLink, then hybrid, then NAT; then per-AZ, regional,
  /// shared, single-AZ.
  static func isPreferred(
    _ cost: Money, _ design: DesignID, over otherCost: Money, _ other: DesignID
  ) -> Bool {
    if cost != otherCost { return cost < otherCost }
    let left = (design.technology.tieRank, design.layout.tieRank)
    let right = (other.technology.tieRank, other.layout.tieRank)
    return left < right
  }
}
