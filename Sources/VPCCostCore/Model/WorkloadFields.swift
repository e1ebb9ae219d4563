/// A field's bytes read in place: a slice of the input's buffer, valid while the input lends it.
typealias FieldBytes = Slice<UnsafeBufferPointer<UInt8>>

/// The fields of a `WorkloadInput`, lent as pointers for the length of one validation.
///
/// Internal to Core: other modules lend fields as `Span`s (`WorkloadParser.parse(bytes:starts:
/// ends:...)`), which Core turns into this view for the length of one call, so no pointer
/// crosses Core's API. Invariant: every `starts[i]`/`ends[i]` pair with `starts[i] >= 0` is a
/// range of `storage` (checked by `WorkloadParser.withFields` before a view is made).
///
/// A field read this way is a slice of the input's buffer that holds no reference to it, so
/// reading a batch row's fields takes no reference count (an `ArraySlice` per field did, with
/// an atomic operation each). `WorkloadInput.withFields` lends them; a batch chunk lays its
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
}
