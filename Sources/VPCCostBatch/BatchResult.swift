import VPCCostCore
import VPCCostFormats

/// One batch workload, priced: its workload, prices, design totals and the choice (its name
/// stays in the row it came from).
///
/// A view of the runner's row, read before the runner prices the next one: the table and the
/// design totals stay the runner's, so handing a row to the writer takes no reference count.
package struct BatchResult {
  /// The validated workload.
  package let workload: Workload
  /// The region's prices, which the runner keeps for as long as it lives.
  package unowned(unsafe) let table: PriceTable
  /// Every design that applies, priced by category, in the runner's buffer until its next row.
  package let designs: UnsafeBufferPointer<DesignTotals>
  /// The recommended design and its alternative.
  package let choice: RecommendationChoice
  /// The buffer that lent `designs`, and its generation then: the result may be read while the
  /// two agree (checked by `isCurrent` in debug builds, where the writer asserts it).
  unowned(unsafe) let lender: DesignTotalsBuffer
  let generation: Int

  /// Whether the runner has not priced another row since: the lent totals are still this row's.
  var isCurrent: Bool { lender.generation == generation }
}
