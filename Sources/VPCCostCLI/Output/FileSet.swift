import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Several files written all or nothing (the tables of one import).
///
/// Every file is written and flushed to a temporary file beside its destination first; only
/// when all are ready are they renamed into place, each replaced file kept under a backup name
/// until the last rename, so that a failure half way puts the earlier ones back.
enum FileSet {
  /// Writes every file's text, or changes none of them.
  static func write(_ files: [(path: String, text: String)]) throws(OutputError) {
    var prepared: [AtomicFile] = []
    for file in files {
      let output = try AtomicFile(path: file.path)
      try output.write(Array(file.text.utf8))
      try output.prepare()
      prepared.append(output)
    }
    // What each installed file replaced: a backup link to the old file, or nothing (new file).
    var installed: [(path: String, backup: String?, existed: Bool)] = []
    defer { for entry in installed { if let backup = entry.backup { unlink(backup) } } }
    for (index, output) in prepared.enumerated() {
      var backup: String? =
        "\(OutputTarget.folder(of: output.path))/.\(index).vpccost-backup-\(getpid())"
      let existed = access(output.path, F_OK) == 0
      if !existed || link(output.path, backup!) != 0 { backup = nil }
      do {
        try output.install()
        installed.append((output.path, backup, existed))
      } catch {
        for later in prepared[index...] { later.discard() }
        if let backup { unlink(backup) }
        for entry in installed {
          if let backup = entry.backup {
            rename(backup, entry.path)
          } else if !entry.existed {
            unlink(entry.path)
          }
        }
        installed.removeAll()
        throw error
      }
    }
  }
}
