/// The best candidate design of each technology for a workload, kept in one pass: what
/// `RecommendationChoice` applies the cost model's rule to.
///
/// Candidates are the feasible designs that survive the loss of an AZ (per-AZ, regional and
/// shared layouts) when N >= 2, unless single-AZ designs are allowed; every feasible design
/// when N = 1. The winner is the preferred of the three bests, and the alternative the
/// preferred of the other two: the same as choosing among all candidates, since the preference
/// (`RecommendationChoice.isPreferred`) orders every pair of designs. Three slots and no array:
/// batch chooses for millions of workloads (a table of every candidate, copied per row, cost a
/// quarter of the run).
struct CandidateTable {
  /// A candidate design and its monthly cost, as the rule reads them.
  struct Entry {
    let design: DesignID
    let cost: Money
  }

  private var nat: Entry?
  private var privatelink: Entry?
  private var hybrid: Entry?
  /// The candidates, one bit per `DesignID.index`.
  private(set) var bits: UInt32 = 0
  private let admitsSingleAZ: Bool

  /// An empty table for `workload`.
  init(workload: Workload) {
    admitsSingleAZ = workload.azs == 1 || workload.allowSingleAZ
  }

  /// Adds a priced design if it is a candidate, keeping it when it is its technology's best.
  @inline(__always)
  mutating func add(_ cost: some PricedDesign) {
    guard cost.isFeasible && (admitsSingleAZ || cost.design.layout.isResilient) else { return }
    precondition(cost.design.index < UInt32.bitWidth, "32 designs at most")
    bits |= 1 << cost.design.index
    let entry = Entry(design: cost.design, cost: cost.monthlyCost)
    switch cost.design.technology {
    case .nat: nat = Self.preferred(entry, nat)
    case .privatelink: privatelink = Self.preferred(entry, privatelink)
    case .hybrid: hybrid = Self.preferred(entry, hybrid)
    }
  }

  /// The winner and the best design of the other technologies (the winner itself when none).
  func choice() -> RecommendationChoice {
    guard let winner = Self.preferred(nat, Self.preferred(privatelink, hybrid)) else {
      preconditionFailure("the per-AZ NAT design is always a candidate")
    }
    let others: Entry? =
      switch winner.design.technology {
      case .nat: Self.preferred(privatelink, hybrid)
      case .privatelink: Self.preferred(nat, hybrid)
      case .hybrid: Self.preferred(nat, privatelink)
      }
    let other = others ?? winner
    return RecommendationChoice(
      design: winner.design, monthlyCost: winner.cost, alternative: other.design,
      alternativeCost: other.cost, candidateBits: bits)
  }

  /// The preferred of two entries, either of which may be missing.
  @inline(__always)
  private static func preferred(_ entry: Entry?, _ current: Entry?) -> Entry? {
    guard let entry else { return current }
    guard let current else { return entry }
    return RecommendationChoice.isPreferred(
      entry.cost, entry.design, over: current.cost, current.design)
      ? entry : current
  }
}
