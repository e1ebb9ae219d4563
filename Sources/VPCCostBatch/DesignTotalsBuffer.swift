import VPCCostCore
import VPCCostFormats

/// Room for one row's design totals, reused for every row of a batch runner.
///
/// The totals are lent to the row's `BatchResult` as a pointer until the next row: neither
/// filling nor lending them allocates or takes a reference count (an array did both, the
/// latter twice per row).
final class DesignTotalsBuffer {
  private let room: UnsafeMutablePointer<DesignTotals>
  private let capacity = DesignID.allCases.count
  /// How many rows have been priced into the room: a lent result is current while this is
  /// the count it was lent at (`BatchResult.isCurrent`).
  private(set) var generation = 0

  /// Room for every design.
  init() { room = .allocate(capacity: capacity) }

  deinit { room.deallocate() }

  /// Prices each design of `set` with `price`, in order, replacing the last row's totals.
  @inline(__always)
  func fill(
    _ set: DesignSet, _ price: (DesignID) -> DesignTotals
  ) -> UnsafeBufferPointer<DesignTotals> {
    generation &+= 1
    var count = 0
    for design in set where count < capacity {
      (room + count).initialize(to: price(design))  // a trivial value: nothing to release
      count += 1
    }
    return UnsafeBufferPointer(start: room, count: count)
  }
}
