import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where `--output PATH` (or `--chart PATH`) writes, decided as the shell's `>` would decide it.
///
/// `-` is standard output. A symbolic link is followed to the file it names (a dangling link
/// creates that file), except where the kernel's `protected_symlinks` rule would refuse it: a
/// link in a sticky, world-writable folder (such as /tmp) owned by neither the caller nor the
/// folder's owner. An existing file that is not a regular file (a device, a FIFO) is written
/// through, never replaced; a regular file, or a new one, is replaced atomically.
enum OutputTarget: Equatable {
  /// Standard output.
  case standardOutput
  /// An existing device, FIFO or socket: opened and written in place.
  case special(path: String)
  /// A regular file, new or existing, at its resolved path.
  case regular(path: String)
  /// An open descriptor of this process named as a file (`/dev/fd/3`, `/proc/self/fd/3`,
  /// `/dev/stderr`): written through it, as the shell would, whatever it is open on.
  case descriptor(Int32)

  /// The most links followed, as the kernel's limit (ELOOP) has it.
  static let maxLinks = 40

  /// Resolves a path given on the command line.
  static func resolve(_ path: String) throws(OutputError) -> OutputTarget {
    guard !path.isEmpty else { throw OutputError(path: path, reason: "the path is empty") }
    if path == "-" { return .standardOutput }
    // The process's own descriptors named as files are those descriptors: `--output
    // /dev/stdout >> log` appends to log, and `| head` reads a pipe (opening the link's target
    // replaced the log, and a pipe's /proc name cannot be resolved to a path).
    if let descriptor = ownDescriptor(path) {
      return descriptor == 1 ? .standardOutput : .descriptor(descriptor)
    }
    var current = path
    for _ in 0...maxLinks {
      var link = stat()
      guard lstat(current, &link) == 0 else { return .regular(path: current) }
      switch link.st_mode & S_IFMT {
      case S_IFLNK:
        try checkLinkMayBeFollowed(current, owner: link.st_uid, asked: path)
        current = try target(of: current, asked: path)
      case S_IFREG: return .regular(path: current)
      case S_IFDIR: throw OutputError(path: path, reason: "it is a folder; give a file name")
      default: return .special(path: current)
      }
    }
    throw OutputError(path: path, reason: "too many symbolic links")
  }

  /// The descriptor `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names, when
  /// the path is one of them.
  static func ownDescriptor(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default: break
    }
    for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
      if let number = Int32(path.dropFirst(prefix.count)), number >= 0 { return number }
    }
    return nil
  }

  /// The path a link points to, made absolute against the link's folder when relative.
  private static func target(of link: String, asked: String) throws(OutputError) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(link, &buffer, buffer.count - 1)
    guard count >= 0 else { throw OutputError(path: asked, SystemError.current) }
    let bytes = buffer[0..<count].map { UInt8(bitPattern: $0) }
    let destination = String(decoding: bytes, as: UTF8.self)
    if destination.hasPrefix("/") { return destination }
    return folder(of: link) + "/" + destination
  }

  /// Refuses a link in a sticky world-writable folder that belongs to someone else, as Linux's
  /// `fs.protected_symlinks` does (so a link planted in /tmp cannot redirect root's output).
  private static func checkLinkMayBeFollowed(
    _ link: String, owner: uid_t, asked: String
  ) throws(OutputError) {
    var parent = stat()
    guard stat(folder(of: link), &parent) == 0 else { return }
    let sticky = parent.st_mode & S_ISVTX != 0 && parent.st_mode & S_IWOTH != 0
    guard sticky, owner != geteuid(), owner != parent.st_uid else { return }
    throw OutputError(
      path: asked,
      reason:
        "it is a symbolic link owned by user \(owner) in the sticky world-writable folder \(folder(of: link)); not following it (as the kernel's protected_symlinks rule)"
    )
  }

  /// The file-name part of a path.
  static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The folder part of a path (`.` for a bare name).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
