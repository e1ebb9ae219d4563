/// The service lists a batch has read already, by their bytes and preset.
///
/// Batch files repeat a few lists (`lambda`, `lambda;sts`, `8`) on millions of rows; reading a
/// list builds its names, so the last lists read are kept and found again by comparing bytes.
package struct ServiceSelectionCache {
  private struct Entry {
    let bytes: [UInt8]
    let preset: ServicePreset?
    let selection: ServiceSelection
  }

  /// How many lists are kept; the oldest goes first.
  static let capacity = 16
  private var entries: [Entry] = []
  private var next = 0
  /// The entry found last: rows of a file tend to repeat the list of the row before.
  private var last = 0

  /// An empty cache.
  package init() {}

  /// The selection for `bytes` with `preset`: found, or read by `parse` and kept.
  mutating func selection(
    _ bytes: FieldBytes?, preset: ServicePreset?,
    parse: (FieldBytes?, ServicePreset?) throws(WorkloadError) -> ServiceSelection
  ) throws(WorkloadError) -> ServiceSelection {
    guard let bytes else { return try parse(nil, preset) }
    // Compared in place: copying an entry out would retain its arrays.
    if last < entries.count, entries[last].preset == preset,
      entries[last].bytes.elementsEqual(bytes)
    {
      return entries[last].selection
    }
    for index in entries.indices
    where entries[index].preset == preset && entries[index].bytes.elementsEqual(bytes) {
      last = index
      return entries[index].selection
    }
    let selection = try parse(bytes, preset)
    let entry = Entry(bytes: Array(bytes), preset: preset, selection: selection)
    if entries.count < Self.capacity {
      entries.append(entry)
    } else {
      entries[next] = entry
      next = (next + 1) % Self.capacity
    }
    return selection
  }
}
