import VPCCostCore

/// Why an import's tables could not be planned.
package enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An offer or table file is malformed or unreadable.
  case offer(InputError)
  /// A table already in the folder is malformed.
  case existingTable(PriceTableError)
  /// The merged table does not validate.
  case invalidResult(PriceTableError)

  /// One line for the user.
  package var description: String {
    switch self {
    case .offer(let error): return error.description
    case .existingTable(let error): return error.description
    case .invalidResult(let error): return "the imported table is not valid: \(error.description)"
    }
  }
}
