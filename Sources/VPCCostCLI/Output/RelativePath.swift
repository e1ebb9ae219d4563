#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paths as a document links them: a chart relative to the review that embeds it.
enum RelativePath {
  /// The path of `target` as seen from the folder holding `document` (or from the working
  /// folder when the document goes to standard output): `docs/cost.svg` seen from
  /// `docs/review.md` is `cost.svg`.
  static func link(to target: String, from document: String?) -> String {
    let base = document.map { components(absolute($0)).dropLast() } ?? components(workingFolder)
    let parts = components(absolute(target))
    var common = 0
    while common < min(base.count, parts.count - 1), base[common] == parts[common] { common += 1 }
    let up = Array(repeating: "..", count: base.count - common)
    return (up + parts[common...]).joined(separator: "/")
  }

  /// The working folder.
  static var workingFolder: String {
    guard let cwd = getcwd(nil, 0) else { return "/" }
    defer { free(cwd) }
    return String(cString: cwd)
  }

  /// The path made absolute against the working folder.
  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : workingFolder + "/" + path
  }

  /// The path's parts with `.` and `..` resolved and empty parts dropped.
  static func components(_ path: String) -> [String] {
    var parts: [String] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return parts
  }
}
