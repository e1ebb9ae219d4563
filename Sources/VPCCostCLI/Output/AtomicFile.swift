import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular output file, written to a temporary file beside it and put in place only when
/// complete: a failed or interrupted run leaves the destination as it was.
///
/// On Linux the temporary file has no name until it is complete (`O_TMPFILE`), so even a run
/// killed with SIGKILL leaves nothing behind; elsewhere it is a named `mkstemp` file, removed on
/// every failure path and on INT, TERM and HUP (`TemporaryFiles`). A replaced file keeps its
/// mode and, where the caller may, its owner. A file with other hard links is refused (exit
/// 73): a rename would leave the links on the old content, and rewriting it in place (as
/// vpccost did) leaves it truncated mid-row if the run is killed during the copy, which no
/// protocol prevents for SIGKILL. A new file gets 0666
/// less the umask, as the shell's `>` gives it. Bytes reach the file in 512 KiB blocks written
/// beside the caller, directly to the disk where the file system allows it (`BlockStaging`).
package final class AtomicFile {
  /// The destination, with symbolic links resolved.
  package let path: String
  private let folder: String
  private let existing: stat?
  private var descriptor: Int32
  /// The temporary file's name while it has one.
  private var temporaryPath: String?
  private var slot: Int?
  /// Bytes on their way to the file, in blocks that go to the disk directly where they can.
  private var staging: BlockStaging?
  /// Bytes written so far, and how many of them have been handed to the disk already.
  private var written = 0
  private var handedToDisk = 0
  /// How much is written before it is handed to the disk: large files (a batch writes hundreds
  /// of megabytes) reach the disk while the rest is computed, not all at once in `commit`.
  static let handOverEvery = 16 << 20

  /// Creates the temporary file in the destination's folder; fails with the reason when the
  /// folder is missing or not writable, or the destination exists and is read-only.
  ///
  /// `directWrites` false keeps every write an ordinary one (tests use it to cover the path
  /// taken where the file system refuses direct I/O).
  package init(path: String, directWrites: Bool = true) throws(OutputError) {
    self.path = path
    folder = OutputTarget.folder(of: path)
    var status = stat()
    existing = stat(path, &status) == 0 ? status : nil
    if existing != nil, FileSystem.isReadOnly(path) {
      throw OutputError(path: path, reason: "the file exists and is read-only")
    }
    if let existing, existing.st_nlink > 1 {
      throw OutputError(
        path: path,
        reason:
          "the file has \(existing.st_nlink) hard links: replacing it would leave the others on the old content, and rewriting it in place could leave it cut short if the run were killed; write a new file and copy it over (cp NEW FILE)"
      )
    }
    descriptor = -1
    if let unnamed = try Self.unnamedFile(in: folder, for: path) {
      descriptor = unnamed
    } else {
      descriptor = try createNamed()
    }
    staging = BlockStaging(descriptor: descriptor, allowsDirect: directWrites)
  }

  deinit { discard() }

  /// Appends bytes to the temporary file.
  package func write(_ bytes: [UInt8]) throws(OutputError) {
    try OutputBytes.write(bytes, to: write)
  }

  /// Appends bytes read in place.
  package func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    guard descriptor >= 0, let staging else {
      throw OutputError(path: path, reason: "already closed")
    }
    guard staging.append(bytes) else { throw writeFailure() }
    written += bytes.count
    if written - handedToDisk >= Self.handOverEvery { handToDisk() }
  }

  /// Starts writing what was written so far to the disk without waiting for it, so that the
  /// `fsync` of `commit` (which still guarantees it is there) has only the rest to wait for.
  ///
  /// Blocks written directly are on the disk already; for those the file system would not take
  /// directly, on Linux, `POSIX_FADV_DONTNEED` starts the write-back of the dirty pages from
  /// `handedToDisk` on and lets the page cache drop them once written; elsewhere `commit` does
  /// it all.
  private func handToDisk() {
    #if os(Linux)
      _ = posix_fadvise(descriptor, off_t(handedToDisk), 0, POSIX_FADV_DONTNEED)
    #endif
    handedToDisk = written
  }

  /// The failure of the last write, after discarding the file.
  private func writeFailure() -> OutputError {
    let reason = SystemError.current.description
    discard()
    return OutputError(path: path, reason: reason, kind: .writeFailed)
  }

  /// Flushes the file to disk and puts it in place.
  package func commit() throws(OutputError) {
    try prepare()
    try install()
  }

  /// Everything but the last step.
  ///
  /// The file has its mode and owner, is on disk, and has a name beside the destination; only
  /// `install` (a rename) is left.
  package func prepare() throws(OutputError) {
    guard descriptor >= 0, let staging else {
      throw OutputError(path: path, reason: "already closed")
    }
    guard staging.finish() else { throw writeFailure() }
    copyMetadata()
    guard fsync(descriptor) == 0 else { throw writeFailure() }
    if temporaryPath == nil {
      do { try name() } catch {
        discard()
        throw error
      }
    }
  }

  /// Puts the prepared file in place: a rename, or, where only the shell's way is allowed, a
  /// copy into the file.
  ///
  /// In a sticky folder (/tmp) another user's file may not be renamed over, though the shell's
  /// `>` may write into it when its mode lets us: there, and only there, the complete
  /// temporary file is copied into it, as `>` would write it (not safe against a kill, as `>`
  /// is not).
  package func install() throws(OutputError) {
    defer { discard() }
    guard let temporaryPath else { throw OutputError(path: path, reason: "already closed") }
    guard rename(temporaryPath, path) == 0 else {
      let failure = SystemError.current
      if (failure.code == EPERM || failure.code == EACCES) && onlyWritableInPlace {
        return try copyInPlace()
      }
      throw OutputError(path: path, failure)
    }
    self.temporaryPath = nil
  }

  /// Whether the destination is another user's file in a sticky folder that we may write.
  private var onlyWritableInPlace: Bool {
    guard let existing, existing.st_uid != geteuid(), existing.st_nlink == 1 else { return false }
    var folderStatus = stat()
    guard stat(folder, &folderStatus) == 0 else { return false }
    return folderStatus.st_mode & S_ISVTX != 0 && access(path, W_OK) == 0
  }

  /// Copies the complete temporary file into the destination, as the shell's `>` writes it.
  private func copyInPlace() throws(OutputError) {
    let destination = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
    guard destination >= 0 else { throw OutputError(path: path, SystemError.current) }
    defer { close(destination) }
    lseek(descriptor, 0, SEEK_SET)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count >= 0 else {
        throw OutputError(path: path, SystemError.current, kind: .writeFailed)
      }
      if count == 0 { break }
      guard
        chunk.withUnsafeBytes({ SystemIO.writeAll(destination, .init(rebasing: $0[0..<count])) })
      else { throw OutputError(path: path, SystemError.current, kind: .writeFailed) }
    }
    guard fsync(destination) == 0 else {
      throw OutputError(path: path, SystemError.current, kind: .writeFailed)
    }
  }

  /// Removes the temporary file; the destination is left as it was.
  package func discard() {
    staging?.settle()  // no block may be written to the descriptor once it is closed
    staging = nil
    if descriptor >= 0 { close(descriptor) }
    descriptor = -1
    if let temporaryPath { unlink(temporaryPath) }
    temporaryPath = nil
    TemporaryFiles.forget(slot)
    slot = nil
  }

  // MARK: Creating

  /// An unnamed file in the folder (Linux `O_TMPFILE`, when the file system and /proc allow
  /// naming it later); nil where that is not available.
  private static func unnamedFile(
    in folder: String, for path: String
  ) throws(OutputError) -> Int32? {
    #if os(Linux)
      guard access("/proc/self/fd", F_OK) == 0 else { return nil }
      let temporaryFile = Int32(0o20_000_000) | O_DIRECTORY  // O_TMPFILE, not imported by Glibc
      let descriptor = open(folder, temporaryFile | O_RDWR | O_CLOEXEC, 0o666)
      if descriptor >= 0 { return descriptor }
      switch errno {
      case ENOENT, EACCES, EPERM, ENOTDIR, EROFS:
        throw OutputError(path: path, reason: reason(errno, folder: folder))
      default: return nil  // the file system has no O_TMPFILE: use a named file
      }
    #else
      return nil
    #endif
  }

  /// A named temporary file beside the destination, created exclusively.
  private func createNamed() throws(OutputError) -> Int32 {
    let name = path.split(separator: "/").last.map(String.init) ?? "output"
    var template = Array("\(folder)/.\(name).vpccost-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard created >= 0 else {
      throw OutputError(path: path, reason: Self.reason(errno, folder: folder))
    }
    let named = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    temporaryPath = named
    slot = TemporaryFiles.remember(named)
    if existing == nil { fchmod(created, 0o666 & ~Self.umaskValue) }
    return created
  }

  /// Gives the unnamed file a name beside the destination, just before the rename.
  private func name() throws(OutputError) {
    #if os(Linux)
      let base = path.split(separator: "/").last.map(String.init) ?? "output"
      for attempt in 0..<100 {
        let candidate = "\(folder)/.\(base).vpccost-\(getpid())-\(attempt)"
        slot = TemporaryFiles.remember(candidate)
        if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW)
          == 0
        {
          temporaryPath = candidate
          return
        }
        TemporaryFiles.forget(slot)
        slot = nil
        guard errno == EEXIST else { break }
      }
    #endif
    throw OutputError(path: path, SystemError.current)
  }

  // MARK: Putting in place

  /// The replaced file's mode and, where the caller may, its owner.
  private func copyMetadata() {
    guard let existing else { return }
    _ = fchown(descriptor, existing.st_uid, existing.st_gid)  // only root may; others keep theirs
    fchmod(descriptor, existing.st_mode & 0o7777)
  }

  // MARK: Helpers

  /// The process's umask (read by setting and restoring it; vpccost has one thread here).
  static var umaskValue: mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  static func reason(_ code: Int32, folder: String) -> String {
    switch code {
    case ENOENT: return "the folder \(folder) does not exist"
    case EACCES, EPERM: return "the folder \(folder) is not writable"
    case ENOTDIR: return "\(folder) is not a folder"
    default: return String(cString: strerror(code))
    }
  }
}
