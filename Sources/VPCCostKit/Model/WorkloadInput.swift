/// A workload as typed: each field's text, or nil where the default applies.
///
/// The command line and batch files both fill one of these; `WorkloadParser` validates it.
public struct WorkloadInput: Sendable {
  /// The text of each field that was given.
  public var values: [WorkloadField: String] = [:]

  /// An input with every field at its default.
  public init() {}

  /// The text of one field, or nil.
  public subscript(field: WorkloadField) -> String? {
    get { values[field] }
    set { values[field] = newValue }
  }
}
