import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI

/// `BlockStaging` on its own: every size around the block edge, with direct I/O asked for and
/// not, and whether the file system took direct I/O known rather than assumed.
@Suite struct BlockStagingTests {
  /// Whether the file system of `folder` opens files with `O_DIRECT` (tmpfs on older kernels
  /// and some overlay file systems refuse it with EINVAL).
  static func takesDirectIO(in folder: URL) -> Bool {
    let probe = folder.appendingPathComponent("direct-probe").path
    let descriptor = open(probe, O_WRONLY | O_CREAT | BlockStaging.directFlag, 0o600)
    defer { unlink(probe) }
    guard descriptor >= 0 else { return false }
    close(descriptor)
    return BlockStaging.directFlag != 0
  }

  /// Writes `total` bytes (byte i is i % 253) through staging in pieces of 4,099 bytes.
  static func stage(_ total: Int, direct: Bool, to path: String) -> (Bool, directBlocks: Int) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    defer { close(descriptor) }
    let staging = BlockStaging(descriptor: descriptor, allowsDirect: direct)
    var offset = 0
    var good = true
    while offset < total && good {
      let count = min(4_099, total - offset)
      let piece = (offset..<(offset + count)).map { UInt8($0 % 253) }
      good = piece.withUnsafeBytes { staging.append($0) }
      offset += count
    }
    good = staging.finish() && good
    staging.settle()
    return (good, staging.directBlocks)
  }

  /// Empty, one byte, a block less one, a block, a block and one, three blocks and 17: each
  /// file is whole; with direct I/O asked for, every full block but the last went directly
  /// when the file system takes it (the last full block may be the tail `finish` writes) and
  /// none did when it does not.
  @Test(arguments: [true, false]) func everySizeAroundTheBlockIsWhole(direct: Bool) throws {
    let folder = try TestSupport.temporaryFolder()
    let takesDirect = Self.takesDirectIO(in: folder)
    if direct && !takesDirect {
      print("BlockStagingTests: \(folder.path) refuses O_DIRECT; checking the fallback instead")
    }
    let block = BlockStaging.capacity
    for total in [0, 1, block - 1, block, block + 1, 3 * block + 17] {
      let path = folder.appendingPathComponent("blocks-\(total).bin").path
      let (good, directBlocks) = Self.stage(total, direct: direct, to: path)
      #expect(good)
      let written = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(written.count == total, "\(total) bytes")
      #expect(written.enumerated().allSatisfy { $0.element == UInt8($0.offset % 253) })
      let fullBlocks = total / block
      if direct && takesDirect {
        #expect(directBlocks == fullBlocks, "\(total) bytes: \(directBlocks) direct blocks")
      } else {
        #expect(directBlocks == 0)
      }
    }
  }
}
