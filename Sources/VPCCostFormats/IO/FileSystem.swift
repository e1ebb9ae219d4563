import VPCCostCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small file-system questions answered with POSIX calls, so that start-up needs no Foundation.
package enum FileSystem {
  /// Whether the path names a folder (following links).
  package static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Whether two paths name the same file: the same text once `./` and repeated slashes are
  /// dropped, or, when both exist, the same device and inode (a link, `../here/x`).
  package static func sameFile(_ first: String, _ second: String) -> Bool {
    func plain(_ path: String) -> String {
      path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        .joined(separator: "/")
    }
    if plain(first) == plain(second) && first.hasPrefix("/") == second.hasPrefix("/") {
      return true
    }
    var one = stat()
    var two = stat()
    guard stat(first, &one) == 0, stat(second, &two) == 0 else { return false }
    return one.st_dev == two.st_dev && one.st_ino == two.st_ino
  }

  /// Whether a file exists and is read-only: no write permission bit, or none for the caller
  /// (the shell's `>` refuses such a file, and so does vpccost, even as root).
  package static func isReadOnly(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    return status.st_mode & 0o222 == 0 || access(path, W_OK) != 0
  }

  /// Whether anything exists at the path (following links).
  package static func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0
  }

  /// The names in a folder, sorted, without `.` and `..`; nil when it cannot be listed.
  package static func entries(of folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// The whole content of a file (or of standard input for `-`, or a FIFO), read in chunks,
  /// refused as soon as it passes `limit` bytes.
  package static func contents(of path: String, limit: Int) throws(InputError) -> [UInt8] {
    let source = try ByteSource(path: path)
    source.limit = limit
    var bytes: [UInt8] = []
    while try source.append(into: &bytes, until: { _ in false }) != nil {}
    return bytes
  }

  /// The whole content of a file as UTF-8 text, refused past `limit` bytes or when it is not
  /// UTF-8.
  package static func text(of path: String, limit: Int) throws(InputError) -> String {
    let bytes = try contents(of: path, limit: limit)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .at(path, "not UTF-8 text")
    }
    return text
  }
}
