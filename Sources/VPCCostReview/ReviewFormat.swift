/// The formats of a template review.
package enum ReviewFormat: String, Sendable, CaseIterable {
  case table
  case json
  case markdown
  /// SARIF 2.1.0, for code scanning.
  case sarif
}
