#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Several tables written into a folder all or nothing, so that a kill at any instant leaves
/// the old tables or the new ones (issue 24).
///
/// Each table is written whole beside its destination as `.vpccost-staged-NAME.part` and
/// flushed; then the journal `.vpccost-journal`, naming them, is put in place with one rename
/// and the folder flushed: that rename is the commit. The staged files are renamed over their
/// destinations and the journal removed. A kill before the commit leaves the old tables and
/// staged files nobody names; after it, the journal. Whoever next opens the folder (an import,
/// or any run reading tables from it) finishes the journal's renames under the folder's lock,
/// as a database replays its log, and removes what a killed run left: from then on the folder
/// holds the new tables, never a mix, and nothing else.
package enum PriceFolderJournal {
  /// The journal's name in the folder.
  package static let journalName = ".vpccost-journal"
  /// The prefix of a staged table's name.
  static let stagedPrefix = ".vpccost-staged-"

  /// Writes each table's bytes under its name in the folder, all or nothing.
  ///
  /// The caller holds the folder's `FolderLock`.
  package static func write(_ tables: [(name: String, bytes: [UInt8])], in folder: String)
    throws(SystemError)
  {
    try finish(folder)
    for table in tables {
      try writeWhole(
        table.bytes, to: staged(table.name, in: folder), like: "\(folder)/\(table.name)")
    }
    let list = tables.map(\.name).joined(separator: "\n") + "\n"
    let pending = "\(folder)/\(journalName).part"
    try writeWhole(Array(list.utf8), to: pending, like: nil)
    guard rename(pending, "\(folder)/\(journalName)") == 0 else { throw SystemError.current }
    try flush(folder)
    try finish(folder)
  }

  /// Finishes a journal a kill left, and removes what no journal names.
  ///
  /// The journal's staged tables are renamed into place, then the staged files and partial
  /// journals nobody names are removed. The caller holds the lock.
  package static func finish(_ folder: String) throws(SystemError) {
    let journal = "\(folder)/\(journalName)"
    if let names = journalNames(journal) {
      for name in names {
        let source = staged(name, in: folder)
        if rename(source, "\(folder)/\(name)") != 0 && errno != ENOENT {
          throw SystemError.current
        }
      }
      try flush(folder)
      guard unlink(journal) == 0 || errno == ENOENT else { throw SystemError.current }
    }
    for name in FileSystem.entries(of: folder) ?? []
    where name.hasPrefix(stagedPrefix) || name == "\(journalName).part" {
      unlink("\(folder)/\(name)")
    }
    try flush(folder)
  }

  /// Finishes an interrupted import before a run reads the folder: waits for the folder's
  /// lock only when a journal or a staged file is there.
  package static func finishIfNeeded(_ folder: String) throws(SystemError) {
    let leftovers = (FileSystem.entries(of: folder) ?? []).contains {
      $0 == journalName || $0.hasPrefix(stagedPrefix) || $0 == "\(journalName).part"
    }
    guard leftovers else { return }
    let lock = try FolderLock(folder: folder, wait: true)
    try finish(folder)
    withExtendedLifetime(lock) {}
  }

  /// The names a complete journal lists, or nil when there is none.
  private static func journalNames(_ journal: String) -> [String]? {
    guard FileSystem.exists(journal),
      let bytes = try? FileSystem.contents(of: journal, limit: 1 << 20)
    else { return nil }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
      .filter { !$0.isEmpty && !$0.contains("/") }
  }

  private static func staged(_ name: String, in folder: String) -> String {
    "\(folder)/\(stagedPrefix)\(name).part"
  }

  /// Writes a file whole and flushes it; it takes the mode of `like` when that file exists.
  private static func writeWhole(_ bytes: [UInt8], to path: String, like: String?)
    throws(SystemError)
  {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw SystemError.current }
    defer { close(descriptor) }
    var existing = stat()
    if let like, stat(like, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
    let written = SystemIO.writeAll(descriptor, bytes)
    guard written, fsync(descriptor) == 0 else { throw SystemError.current }
  }

  /// Flushes a folder's entries (the renames in it) to the disk.
  private static func flush(_ folder: String) throws(SystemError) {
    let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SystemError.current }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 || errno == EINVAL else { throw SystemError.current }
  }
}
