import VPCCostFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's result goes: standard output (held until success), a regular file
/// (`AtomicFile`: complete or untouched), or a device or FIFO (`SpecialFile`: written through).
package final class CommandOutput {
  private enum Destination {
    case standardOutput(Spool)
    case file(AtomicFile)
    case special(SpecialFile)
    case deferred(((UnsafeRawBufferPointer) throws -> Void) throws -> Void)
  }

  private let destination: Destination

  /// Opens the destination: standard output for nil or `-`, else what the path resolves to.
  package init(path: String?) throws(OutputError) {
    switch try path.map(OutputTarget.resolve) ?? .standardOutput {
    case .standardOutput: destination = .standardOutput(Spool())
    case .regular(let resolved): destination = .file(try AtomicFile(path: resolved))
    case .special(let resolved): destination = .special(try SpecialFile(path: resolved))
    case .descriptor(let number):
      destination = .special(try SpecialFile(descriptor: number, path: path ?? "-"))
    }
  }

  /// Standard output produced when it is written, not held: `produce` is run by `finish`
  /// with a function that writes bytes straight to standard output (a batch that has checked
  /// every row, so that nothing can fail but the writing; held, 10^7 rows spooled 7.3 GB).
  private init(produce: @escaping ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) {
    destination = .deferred(produce)
  }

  /// Standard output produced as it is written.
  package static func produced(
    by produce: @escaping ((UnsafeRawBufferPointer) throws -> Void) throws -> Void
  ) -> CommandOutput {
    CommandOutput(produce: produce)
  }

  /// Appends bytes.
  package func write(_ bytes: [UInt8]) throws(OutputError) {
    try OutputBytes.write(bytes, to: write)
  }

  /// Appends bytes read in place (a batch hands over its buffer without copying it).
  package func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    switch destination {
    case .standardOutput(let spool): try spool.write(bytes)
    case .file(let file): try file.write(bytes)
    case .special(let file): try file.write(bytes)
    case .deferred:
      preconditionFailure("produced output is written by finish, not appended to")
    }
  }

  /// Appends text.
  package func write(_ text: String) throws(OutputError) { try write(Array(text.utf8)) }

  /// Completes the output: renames the file into place, closes the device, or prints what was
  /// held, stopping at the first write that `stdout` reports as failed.
  package func finish(to stdout: inout some TextOutputStream) throws(OutputError) {
    switch destination {
    case .standardOutput(let spool):
      try spool.replay { chunk in
        stdout.write(chunk)
        return (stdout as? any WriteFailureReporting)?.writeFailure == nil
      }
    case .file(let file): try file.commit()
    case .special(let file): try file.finish()
    case .deferred(let produce):
      var failure: OutputError?
      do {
        try produce { bytes in
          stdout.write(String(decoding: bytes, as: UTF8.self))
          if let code = (stdout as? any WriteFailureReporting)?.writeFailure {
            let error = OutputError(
              path: "standard output", SystemError(code: code),
              kind: code == EPIPE ? .readerGone : .writeFailed)
            failure = error
            throw error
          }
        }
      } catch {
        throw failure
          ?? OutputError(path: "standard output", reason: "\(error)", kind: .writeFailed)
      }
    }
  }

  /// Removes a file's temporary file (a run that failed after opening it).
  package func discard() {
    if case .file(let file) = destination { file.discard() }
  }
}
