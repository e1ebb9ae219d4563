import VPCCostCore
import VPCCostFormats

/// One workload object of a JSON batch file, as bytes: its keys and its values one after
/// another, with where each ends, reused for every object (no `String` per member).
struct BatchJSONObject {
  private(set) var keys: [UInt8] = []
  private(set) var keyEnds: [Int] = []
  private(set) var values: [UInt8] = []
  private(set) var valueEnds: [Int] = []

  /// How many members (with a value: `null` members are left out).
  var count: Int { keyEnds.count }
  /// The bytes of its keys and values, and a boundary for each (what it holds in memory).
  var byteCount: Int { keys.count + values.count + 2 * keyEnds.count }

  /// Empties it, keeping its buffers.
  mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    keyEnds.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    valueEnds.removeAll(keepingCapacity: true)
  }

  /// Appends a key; its value is then written with `appendValue`.
  mutating func appendKey(_ key: UnsafeBufferPointer<UInt8>) {
    keys.append(contentsOf: key)
    keyEnds.append(keys.count)
  }

  /// Writes the value of the last key appended with `body`; a value `body` does not give (a
  /// `null`) takes its key out again.
  mutating func appendValue<Failure: Error>(
    _ body: (inout [UInt8]) throws(Failure) -> Bool
  ) throws(Failure) {
    guard try body(&values) else {
      keyEnds.removeLast()
      keys.removeLast(keys.count - (keyEnds.last ?? 0))
      return
    }
    valueEnds.append(values.count)
  }

  /// Key `index`'s bytes.
  func key(_ index: Int) -> ArraySlice<UInt8> {
    keys[(index == 0 ? 0 : keyEnds[index - 1])..<keyEnds[index]]
  }

  /// Value `index`'s bytes.
  func value(_ index: Int) -> ArraySlice<UInt8> {
    values[(index == 0 ? 0 : valueEnds[index - 1])..<valueEnds[index]]
  }

  /// Appends value `index`'s bytes to `bytes`, read in place (an `ArraySlice` of them would
  /// retain the values for every member of every object).
  func appendValue(_ index: Int, to bytes: inout [UInt8]) {
    let range = (index == 0 ? 0 : valueEnds[index - 1])..<valueEnds[index]
    values.withUnsafeBufferPointer {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range]))
    }
  }

  /// Whether its keys are these, in this order (objects of a file usually repeat them).
  func hasKeys(_ other: (keys: [UInt8], ends: [Int])) -> Bool {
    keyEnds == other.ends && keys == other.keys
  }

  /// The keys as text, for checking them.
  var keyNames: [String] { (0..<count).map { String(decoding: key($0), as: UTF8.self) } }
}
