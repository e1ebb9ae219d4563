import VPCCostCore

/// Why a batch run stopped at a workload: a bad row, or a price table it needed is bad.
package enum BatchError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The row is malformed; the position names the row, its line and the column.
  case input(InputError)
  /// The region's table (from `--prices`) is unreadable or malformed.
  case priceTable(PriceTableError)

  /// One line for the user.
  package var description: String {
    switch self {
    case .input(let error): return error.description
    case .priceTable(let error): return error.description
    }
  }
}
