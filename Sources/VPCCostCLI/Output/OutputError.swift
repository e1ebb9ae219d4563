import VPCCostFormats

/// Why output could not be written: the file could not be created (exit 73), or writing it
/// failed (exit 74).
package struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Which of the two it is.
  package enum Kind: Sendable, Equatable {
    /// The file or its temporary file could not be created or put in place (EX_CANTCREAT).
    case cannotCreate
    /// Bytes could not be written: a full disk, a closed descriptor, an I/O error (EX_IOERR).
    case writeFailed
    /// Another run holds the destination (an import into the same folder): try again
    /// (EX_TEMPFAIL).
    case busy
    /// The reader of standard output went away (`| head`) while a stream was written to it:
    /// ended quietly, as SIGPIPE ends other tools.
    case readerGone
  }

  /// The path asked for, or `standard output`.
  package let path: String
  /// What went wrong, in words.
  package let reason: String
  /// Whether creating or writing failed.
  package let kind: Kind

  /// Creates an error for a path.
  package init(path: String, reason: String, kind: Kind = .cannotCreate) {
    self.path = path
    self.reason = reason
    self.kind = kind
  }

  /// Creates an error for a path from the system call that failed.
  package init(path: String, _ error: SystemError, kind: Kind = .cannotCreate) {
    self.init(path: path, reason: error.description, kind: kind)
  }

  /// One line for stderr.
  package var description: String {
    switch kind {
    case .cannotCreate: return "cannot create output file \(path): \(reason)"
    case .writeFailed: return "cannot write \(path): \(reason)"
    case .busy: return "\(path) is busy: \(reason)"
    case .readerGone: return "the reader of \(path) went away"
    }
  }
}
