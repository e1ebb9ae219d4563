/// A field's bytes read in place: a slice of the input's buffer, valid while the input lends it.
typealias FieldBytes = Slice<UnsafeBufferPointer<UInt8>>

/// The fields of a `WorkloadInput`, lent as pointers for the length of one validation.
///
/// Internal to Core: other modules lend fields as `Span`s (`WorkloadParser.parse(bytes:starts:
/// ends:...)`), which Core turns into this view for the length of one call, so no pointer
/// crosses Core's API. Invariant: every `starts[i]`/`ends[i]` pair with `starts[i] >= 0` is a
/// range of `storage` (checked by `viewing` before a view is made).
///
/// A field read this way is a slice of the input's buffer that holds no reference to it, so
/// reading a batch row's fields takes no reference count (an `ArraySlice` per field did, with
/// an atomic operation each). `WorkloadInput.withSpans` lends them; a batch chunk lays its
/// rows out this way directly.
struct WorkloadFields {
  /// The bytes every field is a range of.
  let storage: UnsafeBufferPointer<UInt8>
  /// Field `i` is `starts[i]..<ends[i]`, or not given when `starts[i]` is negative
  /// (`WorkloadField.index` numbers them).
  let starts: UnsafeBufferPointer<Int>
  /// Where each field ends.
  let ends: UnsafeBufferPointer<Int>

  /// The bytes of one field, or nil when it was not given.
  @inline(__always)
  func bytes(_ field: WorkloadField) -> FieldBytes? {
    let start = starts[field.index]
    return start < 0 ? nil : storage[start..<ends[field.index]]
  }

  /// Views spans as `WorkloadFields` for the length of `body`, after checking that every given
  /// field is a range of `bytes` (the invariant `WorkloadFields` relies on).
  @inline(__always)
  static func viewing<Result, Failure: Error>(
    _ bytes: Span<UInt8>, _ starts: Span<Int>, _ ends: Span<Int>,
    _ body: (WorkloadFields) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let count = WorkloadField.allCases.count
    precondition(starts.count >= count && ends.count >= count, "a start and an end per field")
    for index in 0..<count where starts[index] >= 0 {
      precondition(starts[index] <= ends[index] && ends[index] <= bytes.count, "field in bytes")
    }
    return try bytes.withUnsafeBufferPointer { (storage) throws(Failure) -> Result in
      try starts.withUnsafeBufferPointer { (starts) throws(Failure) -> Result in
        try ends.withUnsafeBufferPointer { (ends) throws(Failure) -> Result in
          try body(WorkloadFields(storage: storage, starts: starts, ends: ends))
        }
      }
    }
  }
}
