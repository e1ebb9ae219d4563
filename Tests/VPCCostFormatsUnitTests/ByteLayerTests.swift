import Testing
import VPCCostTestSupport

@testable import VPCCostCore
@testable import VPCCostFormats

/// The unsafe byte layer on its own: `ByteCursor`'s word moves, `ByteStorage`'s growth and
/// copies, and `CellArena`'s cells, each checked byte for byte with guard bytes around.
@Suite struct ByteLayerTests {
  /// A run of every length from 0 to 70 lands exactly where it should: the bytes before and
  /// after it keep their guard value, whatever path (byte, 4-byte, 8-byte, two 8-byte words or
  /// a copy) moves it, and at every offset of the source.
  @Test func cursorMovesEveryRunLengthExactly() {
    let guardByte: UInt8 = 0xEE
    for length in 0...70 {
      for offset in [0, 1, 3, 7] {
        let source = (0..<(length + offset)).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var target = [UInt8](repeating: guardByte, count: length + 32)
        target.withUnsafeMutableBufferPointer { buffer in
          let start = buffer.baseAddress! + 16
          var cursor = ByteCursor(next: start, limit: start + length)
          source.withUnsafeBufferPointer {
            cursor.put(UnsafeBufferPointer(rebasing: $0[offset...]))
          }
          #expect(cursor.next == start + length)
          #expect(cursor.room == 0)
        }
        #expect(target[..<16].allSatisfy { $0 == guardByte }, "before a run of \(length)")
        #expect(Array(target[16..<(16 + length)]) == Array(source[offset...]), "run of \(length)")
        #expect(target[(16 + length)...].allSatisfy { $0 == guardByte }, "after a run of \(length)")
      }
    }
  }

  /// Digits with and without padding, at the edges of each digit count and of 64 bits.
  @Test(arguments: [
    (UInt64(0), 0, "0"), (9, 0, "9"), (10, 0, "10"), (99, 0, "99"), (100, 0, "100"),
    (7, 3, "007"), (1_234, 2, "1234"), (UInt64.max, 0, "18446744073709551615"),
    (10_000_000_000_000_000_000, 0, "10000000000000000000"),
  ])
  func cursorWritesDigits(value: UInt64, width: Int, text: String) {
    let storage = ByteStorage(capacity: 16)
    storage.write(room: CSVWriter.integerRoom) { $0.putDigits(value, width: width) }
    #expect(String(decoding: storage.array, as: UTF8.self) == text)
  }

  /// A buffer grows past its first room, keeps every byte, and a copy is independent.
  @Test func storageGrowsAndCopies() {
    let storage = ByteStorage(capacity: 16)
    let bytes = (0..<1_000).map { UInt8($0 % 256) }
    for chunk in stride(from: 0, to: bytes.count, by: 37) {
      let piece = Array(bytes[chunk..<min(chunk + 37, bytes.count)])
      piece.withUnsafeBufferPointer { storage.append($0) }
    }
    #expect(storage.array == bytes)
    #expect(storage.capacity >= 1_000)
    let copy = storage.copy()
    storage.write(room: 1) { $0.put(0xFF) }
    #expect(copy.array == bytes)
    #expect(storage.array == bytes + [0xFF])
  }

  /// A writer copied before writing leaves the original's bytes alone (copy on write).
  @Test func writersAreValues() {
    var first = CSVWriter(capacity: 4)
    first.text("a")
    var second = first
    second.text("b")
    first.endRow()
    #expect(String(decoding: first.bytes, as: UTF8.self) == "a\r\n")
    #expect(String(decoding: second.bytes, as: UTF8.self) == "a,b")
  }

  /// Cells stored in an arena read back as stored, after many more stores, empty ones too.
  @Test func arenaKeepsEveryCell() {
    let arena = CellArena()
    var cells: [(UnsafeBufferPointer<UInt8>, [UInt8])] = []
    for index in 0..<500 {
      let bytes = Array(String(repeating: "x", count: index % 17).utf8) + [UInt8(index % 256)]
      cells.append((arena.store(index % 50 == 0 ? [] : bytes), index % 50 == 0 ? [] : bytes))
    }
    let lists = arena.store([Array("a".utf8), [], Array("ccc".utf8)])
    for (cell, expected) in cells { #expect(Array(cell) == expected) }
    #expect(lists.map { Array($0) } == [Array("a".utf8), [], Array("ccc".utf8)])
  }
}
