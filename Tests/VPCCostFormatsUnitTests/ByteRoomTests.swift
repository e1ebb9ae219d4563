import Testing
import VPCCostTestSupport

@testable import VPCCostCore
@testable import VPCCostFormats

/// Every room budget a writer reserves, against the largest cell it can write.
///
/// The limits of docs/cost-model.md bound each cell, and these tests hold each budget to them.
/// `ByteCursor`
/// asserts the same budgets byte by byte in debug builds, so a budget one byte short also
/// stops any test that writes its largest cell.
@Suite struct ByteRoomTests {
  /// What `body` writes, given room to spare (64 bytes), so that a budget too small fails
  /// the comparison below rather than the cursor's assert.
  static func written(_ body: (inout ByteCursor) -> Void) -> String {
    let storage = ByteStorage(capacity: 64)
    storage.write(room: 64, body)
    return String(decoding: storage.array, as: UTF8.self)
  }

  /// The text of `money` in cents.
  static func centsText(_ money: Money) -> String {
    written { CSVWriter.putCents(money, &$0) }
  }

  /// The extremes of `Money` (Int128 units at 10^22 a dollar) are the longest cents cells:
  /// -17,014,118,346,046,923.17 has a sign, 17 digits, a dot and 2: 21 bytes, inside 24.
  @Test func centsCellsFitTheirRoom() {
    let extremes = [Money(units: .max), Money(units: .min + 1), Money(units: -1), Money.zero]
    #expect(Self.centsText(Money(units: .min + 1)) == "-17014118346046923.17")
    #expect(Self.centsText(Money(units: .max)) == "17014118346046923.17")
    for money in extremes {
      #expect(Self.centsText(money).utf8.count <= CSVWriter.centsRoom)
    }
  }

  /// The longest quantity: Int128's extremes at scale 12 (39 digits, a dot and a sign: 41).
  @Test func quantityCellsFitTheirRoom() {
    for quantity in [Quantity(units: .max), Quantity(units: .min + 1), Quantity(units: 1)] {
      let text = Self.written { $0.putQuantity(quantity) }
      #expect(text.utf8.count <= CSVWriter.quantityRoom, "\(text)")
    }
    #expect(Self.written { $0.putQuantity(Quantity(units: .min + 1)) }.utf8.count == 41)
  }

  /// The longest whole number of the 64-bit path: a sign and 20 digits.
  @Test func integerCellsFitTheirRoom() {
    let text = Self.written { cursor in
      cursor.put(UInt8(ascii: "-"))
      cursor.putDigits(UInt64.max)
    }
    #expect(text == "-18446744073709551615")
    #expect(text.utf8.count <= CSVWriter.integerRoom)
  }

  /// A design row's own bytes: 14 separators (a comma after the leading cells and after the
  /// identity cell, six before the cents cells, four before currency, feasible, recommended and
  /// date, and CRLF), two booleans of at most 5 bytes, six cents cells and the identity cell.
  @Test func designRowsFitTheirRoom() {
    let longestIdentity = DesignCSV.identityCells.map(\.count).max() ?? 0
    #expect(longestIdentity == "privatelink-single-az,privatelink,single-az".utf8.count)
    let needed = 14 + 2 * 5 + 6 * CSVWriter.centsRoom + longestIdentity
    #expect(needed <= DesignCSV.designRowRoom, "a design row needs \(needed) bytes")
  }
}
