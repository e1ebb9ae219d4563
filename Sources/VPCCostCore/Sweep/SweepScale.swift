/// How sweep points are spread between the ends of the range.
package enum SweepScale: String, Sendable, CaseIterable {
  /// Evenly spaced values.
  case linear
  /// Evenly spaced powers: the same ratio between neighbours.
  case log
}
