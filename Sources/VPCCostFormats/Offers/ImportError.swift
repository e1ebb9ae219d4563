import VPCCostCore

/// Why an import's tables could not be planned.
package enum ImportError: Error, Equatable, Sendable {
  /// An offer or table file is malformed or unreadable.
  case offer(InputError)
  /// A table already in the folder is malformed.
  case existingTable(PriceTableError)
  /// The merged table does not validate.
  case invalidResult(PriceTableError)

}
