import VPCCostCore

/// Why a workload read from a file (a batch row, a template) could not be priced: the input is
/// malformed, its region's price table is bad, or a value it implies is out of range.
package enum PricingError: Error, Equatable, Sendable {
  /// The row is malformed; the position names the row, its line and the column.
  case input(InputError)
  /// The region's table (from `--prices`) is missing, unreadable or malformed.
  case priceTable(PriceTableError)
  /// A workload value is out of range (named by its flag).
  case workload(WorkloadError)
}
