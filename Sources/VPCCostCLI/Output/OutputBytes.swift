/// Hands an array's bytes to a writer in place, keeping the writer's typed error
/// (`Array.withUnsafeBytes` would turn it into `any Error`).
enum OutputBytes {
  /// Calls `write` with the bytes of `bytes` and throws what it throws.
  static func write(
    _ bytes: [UInt8], to write: (UnsafeRawBufferPointer) throws(OutputError) -> Void
  ) throws(OutputError) {
    var failure: OutputError?
    bytes.withUnsafeBytes { raw in
      do throws(OutputError) { try write(raw) } catch { failure = error }
    }
    if let failure { throw failure }
  }
}
