import VPCCostCore

/// Why a template could not be priced: its region has no table, or the workload it implies
/// (the template's AZs and services with the user's flags) does not validate.
package enum ReviewError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The region's price table is missing, unreadable or malformed.
  case priceTable(PriceTableError)
  /// A workload value is out of range (named by its flag).
  case workload(WorkloadError)

  /// One line for the user.
  package var description: String {
    switch self {
    case .priceTable(let error): return error.description
    case .workload(let error): return error.describe(naming: \.flag)
    }
  }
}
