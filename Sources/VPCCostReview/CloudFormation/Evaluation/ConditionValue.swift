/// Whether a template's condition holds: known true or false, or not known and why.
package enum ConditionValue: Hashable, Sendable {
  /// Known.
  case known(Bool)
  /// Not known before deployment (a parameter without a default, a pseudo parameter, ...).
  case unknown(UnknownReason)

  /// The truth, when it is known.
  package var known: Bool? {
    if case .known(let value) = self { return value }
    return nil
  }
}
