/// How sweep points are spread between the ends of the range.
public enum SweepScale: String, Sendable, CaseIterable {
  /// Evenly spaced values.
  case linear
  /// Evenly spaced powers: the same ratio between neighbours.
  case log
}
