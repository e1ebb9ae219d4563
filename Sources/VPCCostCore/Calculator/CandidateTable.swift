/// The designs that could be recommended for a workload, with their monthly costs, on the
/// stack: the table `RecommendationChoice` applies the cost model's rule to.
///
/// Candidates are the feasible designs that survive the loss of an AZ (per-AZ, regional and
/// shared layouts) when N >= 2, unless single-AZ designs are allowed; every feasible design
/// when N = 1.
struct CandidateTable {
  /// A candidate design and its monthly cost, as the rule reads them.
  struct Entry {
    let design: DesignID
    let cost: Money
  }

  /// Room for every design (`DesignID.allCases`, at most 32: one bit each in `bits`).
  private var entries = InlineArray<32, Entry>(repeating: Entry(design: .natPerAZ, cost: .zero))
  private var count = 0
  /// The candidates, one bit per `DesignID.index`.
  private(set) var bits: UInt32 = 0
  private let admitsSingleAZ: Bool

  /// An empty table for `workload`.
  init(workload: Workload) {
    admitsSingleAZ = workload.azs == 1 || workload.allowSingleAZ
  }

  /// Adds a priced design if it is a candidate.
  @inline(__always)
  mutating func add(_ cost: some PricedDesign) {
    guard cost.isFeasible && (admitsSingleAZ || cost.design.layout.isResilient) else { return }
    bits |= 1 << cost.design.index
    entries[count] = Entry(design: cost.design, cost: cost.monthlyCost)
    count += 1
  }

  /// The winner and the best design of the other technology (the winner itself when none).
  func choice() -> RecommendationChoice {
    guard let winner = best(where: { _ in true }) else {
      preconditionFailure("the per-AZ NAT design is always a candidate")
    }
    let other = best(where: { $0.technology != winner.design.technology }) ?? winner
    return RecommendationChoice(
      design: winner.design, monthlyCost: winner.cost, alternative: other.design,
      alternativeCost: other.cost, candidateBits: bits)
  }

  /// The preferred entry among those whose design passes `admits`, or nil.
  private func best(where admits: (DesignID) -> Bool) -> Entry? {
    var best: Entry?
    for index in 0..<count where admits(entries[index].design) {
      let entry = entries[index]
      if let current = best,
        !RecommendationChoice.isPreferred(
          entry.cost, entry.design, over: current.cost, current.design)
      {
        continue
      }
      best = entry
    }
    return best
  }
}
