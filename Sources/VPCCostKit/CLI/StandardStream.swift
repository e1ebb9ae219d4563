#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's `write`, named apart from `TextOutputStream.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

/// The process's standard output or standard error as a `TextOutputStream`.
public struct StandardStream: TextOutputStream {
  /// Which stream: 1 for standard output, 2 for standard error.
  let descriptor: Int32

  /// Standard output.
  public static var output: StandardStream { StandardStream(descriptor: 1) }
  /// Standard error.
  public static var error: StandardStream { StandardStream(descriptor: 2) }

  /// Writes all of the text, retrying short writes.
  public mutating func write(_ string: String) {
    var text = string
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}
