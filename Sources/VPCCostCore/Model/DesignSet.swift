/// A set of designs as bits by `DesignID.index`, listed in the order of `DesignID.allCases`.
///
/// The designs that apply to a workload are one of four such sets (`CostCalculator.designSet`):
/// a value of one word that a batch walks for every row without touching a shared array (the
/// reference counts of a global array, taken by every pricing thread for every row, made the
/// threads wait on each other).
package struct DesignSet: Equatable, Sendable, Sequence {
  /// One bit per design, bit `index`.
  package let bits: UInt16

  /// The set of the designs at the bits of `bits`.
  init(bits: UInt16) { self.bits = bits }

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

  // The four sets of the cost model, as bits (by `DesignID.index`: NAT single-AZ 0, per-AZ 1,
  // regional 2, PrivateLink single-AZ 3, per-AZ 4, hybrid single-AZ 5, per-AZ 6, hub endpoints
  // 7, central egress 8), so that reading one runs no initializer for every row;
  // `CalculatorTests.designsThatApplyInOrder` lists each by name.

  /// The NAT and PrivateLink designs of one VPC.
  static let oneVPC = DesignSet(bits: 0b0_0001_1111)
  /// Those and the hybrid designs, for a VPC whose functions also reach the internet.
  static let oneVPCWithInternet = DesignSet(bits: 0b0_0111_1111)
  /// The designs of many VPCs: those in each VPC that survive an AZ's loss, and the two
  /// shared through a Transit Gateway.
  static let manyVPCs = DesignSet(bits: 0b1_1001_0110)
  /// Those and the per-AZ hybrid design, for many VPCs that also reach the internet.
  static let manyVPCsWithInternet = DesignSet(bits: 0b1_1101_0110)
}
