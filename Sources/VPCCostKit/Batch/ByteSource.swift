#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file or standard input in chunks, one byte at a time for parsers, in constant memory.
public final class ByteSource {
  /// The name used in messages (`workloads.csv`, `standard input`).
  public let name: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var atEnd = false
  /// Bytes consumed so far (for progress and error positions).
  public private(set) var offset = 0
  /// Called after each chunk is read, with the bytes read so far (progress lines).
  public var onChunk: ((Int) -> Void)?
  private var bytesRead = 0

  /// Opens a file, or standard input for `-`.
  public init(path: String, chunkSize: Int = 1 << 16) throws(CLIError) {
    buffer = [UInt8](repeating: 0, count: chunkSize)
    if path == "-" {
      name = "standard input"
      descriptor = 0
      ownsDescriptor = false
      return
    }
    name = path
    if FileSystem.isFolder(path) {
      throw .noInput("cannot open \(path): it is a folder; give a file")
    }
    descriptor = open(path, O_RDONLY)
    ownsDescriptor = true
    guard descriptor >= 0 else {
      throw .noInput("cannot open \(path): \(SystemIO.lastError)")
    }
  }

  /// Reads from bytes already in memory (tests, fuzzing).
  public init(bytes: [UInt8], name: String) {
    self.name = name
    descriptor = -1
    ownsDescriptor = false
    buffer = bytes
    end = bytes.count
    atEnd = true
  }

  deinit { if ownsDescriptor { close(descriptor) } }

  /// The next byte without consuming it; nil at the end.
  @inline(__always)
  public func peek() throws(CLIError) -> UInt8? {
    if start == end {
      guard try refill() else { return nil }
    }
    return buffer[start]
  }

  /// Consumes and returns the next byte; nil at the end.
  @inline(__always)
  public func next() throws(CLIError) -> UInt8? {
    if start == end {
      guard try refill() else { return nil }
    }
    let byte = buffer[start]
    start += 1
    offset += 1
    return byte
  }

  /// Appends bytes to `field` up to a stop byte, then consumes and returns that byte.
  ///
  /// Returns nil at the end of the input. Scans the buffer without a call per byte.
  @inline(__always)
  public func append(
    into field: inout [UInt8], until isStop: (UInt8) -> Bool
  ) throws(CLIError) -> UInt8? {
    while true {
      if start == end {
        guard try refill() else { return nil }
      }
      var index = start
      while index < end && !isStop(buffer[index]) { index += 1 }
      field.append(contentsOf: buffer[start..<index])
      offset += index - start
      if index < end {
        start = index + 1
        offset += 1
        return buffer[index]
      }
      start = end
    }
  }

  /// Consumes bytes up to and including the first that `isStop` accepts and returns it; nil at
  /// the end of the input.
  @inline(__always)
  public func skip(until isStop: (UInt8) -> Bool) throws(CLIError) -> UInt8? {
    while true {
      if start == end {
        guard try refill() else { return nil }
      }
      var index = start
      while index < end && !isStop(buffer[index]) { index += 1 }
      offset += index - start
      if index < end {
        start = index + 1
        offset += 1
        return buffer[index]
      }
      start = end
    }
  }

  private func refill() throws(CLIError) -> Bool {
    guard !atEnd else { return false }
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count >= 0 else { throw .noInput("cannot read \(name): \(SystemIO.lastError)") }
    if count == 0 {
      atEnd = true
      return false
    }
    start = 0
    end = count
    bytesRead += count
    onChunk?(bytesRead)
    return true
  }
}
