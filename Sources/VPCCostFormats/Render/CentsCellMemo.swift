import VPCCostCore

/// The last amount written in one column of a workload's design rows, and where its text is,
/// so that an amount that repeats is copied rather than formatted again.
///
/// A workload's designs share many amounts: the NAT designs' data cost, the hourly cost of the
/// one- and per-AZ layouts in one AZ, and the zeros of every column a design does not pay
/// (cross-AZ, public IPv4, internet). A memo starts at zero, whose text is a constant.
package struct CentsCellMemo {
  private var amount = Money.zero
  private var text: UnsafePointer<UInt8>
  private var count: Int

  /// A memo that knows zero, whose text is `zero` (`zeroCell`, read once by the caller for all
  /// its memos).
  package init(zero: UnsafeBufferPointer<UInt8>) {
    text = zero.baseAddress!
    count = zero.count
  }

  /// Writes a separator and the amount in cents: copied when it is the column's last amount,
  /// formatted (and remembered) otherwise.
  ///
  /// The remembered text is in the buffer the cursor writes into, so a memo lives no longer
  /// than one reservation of room (`CSVWriter.withRows`).
  @inline(__always)
  package mutating func put(_ money: Money, _ cursor: inout ByteCursor) {
    cursor.put(UInt8(ascii: ","))
    if money == amount {
      cursor.put(UnsafeBufferPointer(start: text, count: count))
      return
    }
    let start = cursor.next
    CSVWriter.putCents(money, &cursor)
    amount = money
    text = UnsafePointer(start)
    count = cursor.next - start
  }

  /// The text of zero.
  nonisolated(unsafe) package static let zeroCell = CellArena.permanent.store(Array("0.00".utf8))
}
