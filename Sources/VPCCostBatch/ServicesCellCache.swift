import VPCCostCore
import VPCCostFormats

/// The services cells a batch writer has written lately, each kept with its list, found by
/// where the list's names are.
///
/// Batch files repeat a few service lists on millions of rows, and the rows of one list share
/// one array of names (`ServiceSelectionCache`). A cell is written once per list and found
/// again by the address of its names and its count, which the slot's own copy of the list
/// keeps from being reused; a list not found that way is compared in full. Slots are read
/// through pointers: finding a cell takes no reference count and no exclusivity check (an
/// array of pairs retained the list and the cell for every row). A full cache reuses its
/// oldest slot.
final class ServicesCellCache {
  /// How many lists are kept.
  static let capacity = 16

  /// A list's names array and count, as found without touching the array's reference count.
  struct Key: Equatable {
    let names: UnsafeRawPointer?
    let count: Int

    init(_ services: ServiceSelection) {
      names = services.names.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
      count = services.count
    }
  }

  private let lists: UnsafeMutablePointer<ServiceSelection>
  private let keys: UnsafeMutablePointer<Key>
  private let cells: UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>>
  @exclusivity(unchecked) private var count = 0
  @exclusivity(unchecked) private var next = 0
  @exclusivity(unchecked) private var last = 0

  /// An empty cache.
  init() {
    lists = .allocate(capacity: Self.capacity)
    keys = .allocate(capacity: Self.capacity)
    cells = .allocate(capacity: Self.capacity)
  }

  deinit {
    lists.deinitialize(count: count)
    lists.deallocate()
    keys.deallocate()
    for slot in 0..<count { cells[slot].deallocate() }
    cells.deallocate()
  }

  /// The cell of `services`, written by `write` the first time; valid until the cache has
  /// taken `capacity` other lists.
  func cell(
    for services: ServiceSelection, write: (ServiceSelection) -> [UInt8]
  ) -> UnsafeBufferPointer<UInt8> {
    let key = Key(services)
    if last < count, keys[last] == key { return UnsafeBufferPointer(cells[last]) }
    for index in 0..<count where keys[index] == key {
      last = index
      return UnsafeBufferPointer(cells[index])
    }
    for index in 0..<count where lists[index] == services {
      last = index
      return UnsafeBufferPointer(cells[index])
    }
    return store(services, key: key, cell: write(services))
  }

  /// Keeps a list and its cell in the next slot.
  private func store(
    _ services: ServiceSelection, key: Key, cell bytes: [UInt8]
  ) -> UnsafeBufferPointer<UInt8> {
    let index: Int
    if count < Self.capacity {
      index = count
      count += 1
      (lists + index).initialize(to: services)
    } else {
      index = next
      next = (next + 1) % Self.capacity
      lists[index] = services
      cells[index].deallocate()
    }
    keys[index] = key
    let cell = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = cell.initialize(from: bytes)
    cells[index] = cell
    last = index
    return UnsafeBufferPointer(cell)
  }
}
