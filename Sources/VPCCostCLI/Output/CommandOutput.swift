import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// Where a command's result goes: standard output (held until success) or `--output FILE`
/// (written beside the file and renamed into place only when complete).
package final class CommandOutput {
  private enum Destination {
    case standardOutput(Spool)
    case file(AtomicFile)
  }

  private let destination: Destination

  /// Opens the destination: the file when a path is given, else standard output.
  package init(path: String?) throws(OutputError) {
    if let path {
      guard !path.isEmpty else { throw OutputError(path: path, reason: "the path is empty") }
      guard !FileSystem.isFolder(path) else {
        throw OutputError(path: path, reason: "it is a folder; give a file name")
      }
      destination = .file(try AtomicFile(path: path))
    } else {
      destination = .standardOutput(Spool())
    }
  }

  /// Appends bytes.
  package func write(_ bytes: [UInt8]) throws(OutputError) {
    switch destination {
    case .standardOutput(let spool): try spool.write(bytes)
    case .file(let file): try file.write(bytes)
    }
  }

  /// Appends text.
  package func write(_ text: String) throws(OutputError) { try write(Array(text.utf8)) }

  /// Completes the output: renames the file into place, or prints what was held.
  package func finish(to stdout: inout some TextOutputStream) throws(OutputError) {
    switch destination {
    case .standardOutput(let spool): try spool.replay { stdout.write($0) }
    case .file(let file): try file.commit()
    }
  }

}
