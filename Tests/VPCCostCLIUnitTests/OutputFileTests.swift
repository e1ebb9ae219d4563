import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// `--output FILE`: written whole or not at all, never half a result over an existing file.
@Suite struct OutputFileTests {
  @Test func writesTheSameBytesAsStandardOutput() throws {
    let target = try TestSupport.temporaryFolder().appendingPathComponent("review.md")
    let toFile = TestSupport.run(["compare", "--format", "markdown", "--output", target.path])
    #expect(toFile.code == .ok)
    #expect(toFile.stdout.isEmpty)
    let toStdout = TestSupport.run(["compare", "--format", "markdown"])
    // The same review, but for the command line that reproduces it.
    let written = try String(contentsOf: target, encoding: .utf8)
    #expect(
      written.replacing(" --output \(target.path)`", with: "`") == toStdout.stdout)
    #expect(
      written.contains("> Reproduce: `vpccost compare --format markdown --output \(target.path)`"))
  }

  /// A file larger than the hand-over size is whole at the end, over a file it replaces.
  ///
  /// It reaches the disk piece by piece during the run; every byte is read back in order.
  @Test func largeFilesAreHandedToTheDiskWhole() throws {
    let target = try TestSupport.temporaryFolder().appendingPathComponent("large.bin")
    try Data("old".utf8).write(to: target)
    let file = try AtomicFile(path: target.path)
    // 2.5 hand-overs of 16 MiB in odd pieces: byte i of the file is i % 251.
    let total = AtomicFile.handOverEvery * 5 / 2
    let piece = 1_000_003
    var offset = 0
    while offset < total {
      let count = min(piece, total - offset)
      try file.write((offset..<(offset + count)).map { UInt8($0 % 251) })
      offset += count
    }
    try file.commit()
    let written = try Data(contentsOf: target)
    #expect(written.count == 41_943_040)
    #expect(written.enumerated().allSatisfy { $0.element == UInt8($0.offset % 251) })
  }

  /// Files around the block size come out whole, block by block, with direct writes where
  /// the file system takes them and with ordinary writes only (the path taken where it does
  /// not): empty, one byte, a block less one, a block, a block and one, three blocks and 17.
  @Test(arguments: [true, false]) func filesAroundTheBlockSizeAreWhole(direct: Bool) throws {
    let block = BlockStaging.capacity
    for total in [0, 1, block - 1, block, block + 1, 3 * block + 17] {
      let target = try TestSupport.temporaryFolder().appendingPathComponent("blocks.bin")
      let file = try AtomicFile(path: target.path, directWrites: direct)
      // Pieces of 4,099 bytes then the rest: pieces straddle every block boundary.
      var offset = 0
      while offset < total {
        let count = min(4_099, total - offset)
        try file.write((offset..<(offset + count)).map { UInt8($0 % 253) })
        offset += count
      }
      try file.commit()
      let written = try Data(contentsOf: target)
      #expect(written.count == total, "\(total) bytes")
      #expect(written.enumerated().allSatisfy { $0.element == UInt8($0.offset % 253) })
    }
  }

  /// A block that cannot be written is reported by the next call, with its reason, never
  /// lost: here the descriptor is open for reading only, so the write fails with EBADF.
  @Test func failedBlockWriteIsReported() throws {
    let descriptor = open("/dev/null", O_RDONLY)
    defer { close(descriptor) }
    let staging = BlockStaging(descriptor: descriptor, allowsDirect: true)
    let block = [UInt8](repeating: 65, count: BlockStaging.capacity)
    // The first full block goes to the disk queue; its failure shows on a later call.
    #expect(block.withUnsafeBytes { staging.append($0) })
    let finished = staging.finish()
    let code = errno
    #expect(!finished)
    #expect(code == EBADF)
  }

  /// A batch that fails on its third row leaves the existing file as it was and no temporary
  /// file beside it.
  @Test func failedRunLeavesExistingFileUntouched() throws {
    let folder = try TestSupport.temporaryFolder()
    let target = folder.appendingPathComponent("out.csv")
    try Data("precious\n".utf8).write(to: target)
    let input = try TestSupport.file("name,azs\na,1\nb,2\nc,99\n")
    let result = TestSupport.run(["batch", input, "--output", target.path])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(try String(contentsOf: target, encoding: .utf8) == "precious\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
  }

  /// A large failing batch, past the in-memory spool, prints nothing on standard output.
  @Test func failedLargeRunPrintsNothing() throws {
    var text = "name,gb\n"
    for index in 0..<10_000 { text += "w\(index),\(index)\n" }
    text += "bad,-1\n"
    let result = TestSupport.run(["batch", try TestSupport.file(text)])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("row 10001 (line 10002), column gb: '-1' is negative"))
  }

  @Test func unwritableDestinationsAreExit73() throws {
    let folder = try TestSupport.temporaryFolder()
    let missing = TestSupport.run(["compare", "--output", folder.path + "/no/such/out.txt"])
    #expect(missing.code == .cannotCreate)
    #expect(
      missing.stderr.contains(
        "cannot create output file \(folder.path)/no/such/out.txt: the folder \(folder.path)/no/such does not exist"
      ))
    let isFolder = TestSupport.run(["compare", "--output", folder.path])
    #expect(isFolder.code == .cannotCreate)
    #expect(isFolder.stderr.contains("it is a folder; give a file name"))
    let readOnly = folder.appendingPathComponent("locked.txt")
    try Data("keep\n".utf8).write(to: readOnly)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly.path)
    let locked = TestSupport.run(["compare", "--output", readOnly.path])
    // root may write anywhere, but vpccost still refuses to replace a read-only file.
    #expect(locked.code == .cannotCreate)
    #expect(locked.stderr.contains("the file exists and is read-only"))
    #expect(try String(contentsOf: readOnly, encoding: .utf8) == "keep\n")
  }
}
