/// A set of designs as bits by `DesignID.index`, listed in the order of `DesignID.allCases`.
///
/// The designs that apply to a workload are one of four such sets (`CostCalculator.designSet`):
/// a value of one word that a batch walks for every row without touching a shared array (the
/// reference counts of a global array, taken by every pricing thread for every row, made the
/// threads wait on each other).
package struct DesignSet: Equatable, Sendable, Sequence {
  /// One bit per design, bit `index`.
  package let bits: UInt16

  /// Whether the set holds a design.
  package func contains(_ design: DesignID) -> Bool { bits & 1 << design.index != 0 }

  /// The designs in order, as an array.
  package var designs: [DesignID] { Array(self) }

  /// The designs in order, lowest bit first.
  package struct Iterator: IteratorProtocol {
    var rest: UInt16

    package mutating func next() -> DesignID? {
      guard rest != 0 else { return nil }
      defer { rest &= rest &- 1 }
      return DesignID(index: rest.trailingZeroBitCount)
    }
  }

  package func makeIterator() -> Iterator { Iterator(rest: bits) }

  /// The designs of `DesignID.allCases` that pass `applies`.
  init(where applies: (DesignID) -> Bool) {
    var bits: UInt16 = 0
    for design in DesignID.allCases where applies(design) {
      precondition(design.index < UInt16.bitWidth, "a design set holds 16 designs at most")
      bits |= 1 << design.index
    }
    self.bits = bits
  }

  // The four sets of the cost model, made once from `DesignID.applies` (a word each, so that a
  // batch reads one for every row without touching an array); `CalculatorTests.
  // designsThatApplyInOrder` lists each by name.

  /// The NAT and PrivateLink designs of one VPC.
  static let oneVPC = DesignSet { $0.applies(manyVPCs: false, internet: false) }
  /// Those and the hybrid designs, for a VPC whose functions also reach the internet.
  static let oneVPCWithInternet = DesignSet { $0.applies(manyVPCs: false, internet: true) }
  /// The designs of many VPCs: those in each VPC that survive an AZ's loss, and the two
  /// shared through a Transit Gateway.
  static let manyVPCs = DesignSet { $0.applies(manyVPCs: true, internet: false) }
  /// Those and the per-AZ hybrid design, for many VPCs that also reach the internet.
  static let manyVPCsWithInternet = DesignSet { $0.applies(manyVPCs: true, internet: true) }
}
