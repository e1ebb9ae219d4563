/// A workload as typed: each field's text, or nil where the default applies.
///
/// The command line and batch files both fill one of these; `WorkloadParser` validates it.
/// Values are kept in a small fixed array indexed by field, so batch rows cost no hashing.
public struct WorkloadInput: Sendable {
  private var values = [String?](repeating: nil, count: WorkloadField.allCases.count)

  /// An input with every field at its default.
  public init() {}

  /// The text of one field, or nil.
  public subscript(field: WorkloadField) -> String? {
    get { values[field.index] }
    set { values[field.index] = newValue }
  }
}
