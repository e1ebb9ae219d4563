/// A workload as typed: each field's UTF-8 bytes, or nothing where the default applies.
///
/// The command line and batch files both fill one of these; `WorkloadParser` validates it.
/// Fields are kept as ranges of one byte buffer indexed by field, so that a batch reuses one
/// input for every row without allocating: `removeAll()` keeps the buffer's capacity.
public struct WorkloadInput: Sendable {
  @usableFromInline var storage: [UInt8] = []
  @usableFromInline var starts = [Int](repeating: -1, count: WorkloadField.allCases.count)
  @usableFromInline var ends = [Int](repeating: -1, count: WorkloadField.allCases.count)

  /// An input with every field at its default.
  public init() {}

  /// The text of one field, or nil.
  public subscript(field: WorkloadField) -> String? {
    get { bytes(field).map { String(decoding: $0, as: UTF8.self) } }
    set {
      guard let newValue else {
        starts[field.index] = -1
        return
      }
      set(field, newValue.utf8)
    }
  }

  /// The bytes of one field, or nil when it was not given.
  package func bytes(_ field: WorkloadField) -> ArraySlice<UInt8>? {
    let start = starts[field.index]
    return start < 0 ? nil : storage[start..<ends[field.index]]
  }

  /// Lends the buffer and the fields' starts and ends to `body`, as `WorkloadParser.parse(bytes:
  /// starts:ends:...)` takes them.
  package func withSpans<Result, Failure: Error>(
    _ body: (Span<UInt8>, Span<Int>, Span<Int>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try body(storage.span, starts.span, ends.span)
  }

  /// Whether a field was given.
  package func has(_ field: WorkloadField) -> Bool { starts[field.index] >= 0 }

  /// Sets a field to a copy of `bytes` (an array's slice, a pointer's, text's UTF-8).
  @inlinable
  package mutating func set<Bytes: Collection<UInt8>>(_ field: WorkloadField, _ bytes: Bytes) {
    starts[field.index] = storage.count
    storage.append(contentsOf: bytes)
    ends[field.index] = storage.count
  }

  /// Clears every field, keeping the buffer for the next row.
  package mutating func removeAll() {
    storage.removeAll(keepingCapacity: true)
    for index in starts.indices { starts[index] = -1 }
  }
}
