/// Byte cells written once and read through pointers: reading them takes no reference count.
///
/// A batch writes the same few cells (design ids, a table's region, currency and date, a
/// services list) millions of times; held as arrays, every row would retain and release each
/// one. The arena owns the bytes and frees them with itself; `permanent` holds the cells of
/// constants for the life of the process. Cells are never written after `store` returns, so
/// the constants' pointers are shared by every thread (`nonisolated(unsafe)` where they are
/// declared says so to the compiler).
package final class CellArena: @unchecked Sendable {
  private var blocks: [UnsafeMutableBufferPointer<UInt8>] = []
  private var lists: [UnsafeMutableRawPointer] = []

  /// The arena of constant cells, never freed.
  package static let permanent = CellArena()

  /// An empty arena.
  package init() {}

  /// Copies bytes into the arena; the pointer stays valid as long as the arena.
  package func store(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
    let block = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
    _ = block.initialize(from: bytes)
    blocks.append(block)
    return UnsafeBufferPointer(rebasing: block[0..<bytes.count])
  }

  /// Copies a list of cells into the arena, with the list itself.
  package func store(_ cells: [[UInt8]]) -> UnsafeBufferPointer<UnsafeBufferPointer<UInt8>> {
    let list = UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>.allocate(
      capacity: max(1, cells.count))
    for (index, cell) in cells.enumerated() {
      (list.baseAddress! + index).initialize(to: store(cell))
    }
    lists.append(UnsafeMutableRawPointer(list.baseAddress!))
    return UnsafeBufferPointer(rebasing: list[0..<cells.count])
  }

  deinit {
    for block in blocks { block.deallocate() }
    for list in lists { list.deallocate() }
  }
}
