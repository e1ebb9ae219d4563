import VPCCostCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file or standard input in chunks, one byte at a time for parsers, in constant memory.
package final class ByteSource {
  /// The name used in messages (`workloads.csv`, `standard input`).
  package let name: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  // The chunk lives in memory allocated once (a `let`, so reading it costs no exclusivity
  // check), and the read position is touched for every token of files of hundreds of megabytes
  // by this class's own methods on one thread: dynamic exclusivity checks on it cost a third of
  // an import's time (callgrind), so they are turned off for these properties only.
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  @exclusivity(unchecked) private var start = 0
  @exclusivity(unchecked) private var end = 0
  private var atEnd = false
  /// Bytes consumed so far (for progress and error positions).
  @exclusivity(unchecked) package private(set) var offset = 0
  /// Called after each chunk is read, with the bytes read so far (progress lines).
  package var onChunk: ((Int) -> Void)?
  /// The most bytes the input may have; reading past it fails (checked as the input is read,
  /// so a 1 GB file given where 8 MB are allowed costs one chunk of memory, not 1 GB).
  package var limit: Int?
  private var bytesRead = 0

  /// Opens a file, or standard input for `-`.
  ///
  /// The buffer is allocated last, once nothing can fail: an initializer that throws before
  /// every property is set runs no `deinit`, and the buffer would leak (AddressSanitizer found
  /// it on a folder given as input).
  /// `shownAs` names it in messages instead of its path (a copy of standard input).
  package init(path: String, shownAs: String? = nil, chunkSize: Int = 1 << 16)
    throws(InputError)
  {
    if path == "-" {
      name = "standard input"
      descriptor = 0
      ownsDescriptor = false
    } else {
      if FileSystem.isFolder(path) {
        throw .cannotOpen(path: path, reason: "it is a folder; give a file")
      }
      let opened = open(path, O_RDONLY)
      guard opened >= 0 else {
        throw .cannotOpen(path: path, reason: SystemError.current.description)
      }
      name = shownAs ?? path
      descriptor = opened
      ownsDescriptor = true
    }
    buffer = .allocate(capacity: chunkSize)
  }

  /// Reads from bytes already in memory (tests, fuzzing).
  package init(bytes: [UInt8], name: String) {
    self.name = name
    descriptor = -1
    ownsDescriptor = false
    buffer = .allocate(capacity: max(1, bytes.count))
    _ = buffer.initialize(from: bytes)
    end = bytes.count
    atEnd = true
  }

  deinit {
    buffer.deallocate()
    if ownsDescriptor { close(descriptor) }
  }

  /// The next byte without consuming it; nil at the end.
  @inline(__always)
  package func peek() throws(InputError) -> UInt8? {
    if start == end {
      guard try refill() else { return nil }
    }
    return buffer[start]
  }

  /// Consumes and returns the next byte; nil at the end.
  @inline(__always)
  package func next() throws(InputError) -> UInt8? {
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
  /// Returns nil at the end of the input. Scans each chunk in bulk, without a call per byte.
  @inline(__always)
  /// With a `limit`, fails as soon as `field` would grow past it (checked chunk by chunk, so
  /// memory stays bounded however long the run is); `tooLong` says what was too long.
  package func append(
    into field: inout [UInt8], until isStop: (UInt8) -> Bool, limit: Int = .max,
    tooLong: @autoclosure () -> String = "a field"
  ) throws(InputError) -> UInt8? {
    var overflow = false
    let stop = try scan(until: isStop) { run in
      if field.count + run.count > limit {
        overflow = true
        return false
      }
      field.append(contentsOf: run)
      return true
    }
    if overflow { throw .at(name, "\(tooLong()) longer than \(Self.describe(limit))") }
    return stop
  }

  /// Consumes bytes up to and including the first that `isStop` accepts and returns it; nil at
  /// the end of the input.
  @inline(__always)
  package func skip(until isStop: (UInt8) -> Bool) throws(InputError) -> UInt8? {
    try scan(until: isStop) { _ in true }
  }

  /// Hands each run of bytes before the first stop byte to `consume`, then consumes and returns
  /// the stop byte; nil at the end of the input, or when `consume` returns false (it refused a
  /// run, which stays unread).
  @inline(__always)
  private func scan(
    until isStop: (UInt8) -> Bool, _ consume: (UnsafeBufferPointer<UInt8>) -> Bool
  ) throws(InputError) -> UInt8? {
    while true {
      if start == end {
        guard try refill() else { return nil }
      }
      let from = start
      var index = from
      while index < end && !isStop(buffer[index]) { index += 1 }
      guard consume(UnsafeBufferPointer(rebasing: buffer[from..<index])) else { return nil }
      offset += index - from
      if index < end {
        start = index + 1
        offset += 1
        return buffer[index]
      }
      start = end
    }
  }

  /// The bytes read and not yet consumed, reading more first when there are none.
  ///
  /// They are valid until the next call on the source; nil at the end of the input. `consume`
  /// takes some. A reader that takes a record at a time calls these rather than `withUnreadBytes`: with no
  /// closure over the reader, the source is not retained for every record (on a batch's reading
  /// thread that one atomic operation per record took a third of the thread's time).
  package func unreadBytes() throws(InputError) -> UnsafeBufferPointer<UInt8>? {
    if start == end {
      guard try refill() else { return nil }
    }
    return UnsafeBufferPointer(rebasing: buffer[start..<end])
  }

  /// Consumes `count` bytes of those `unreadBytes` returned.
  package func consume(_ count: Int) {
    start += count
    offset += count
  }

  /// Hands `body` the bytes read and not yet consumed (reading more first when there are none)
  /// and consumes as many as it returns; false at the end of the input.
  package func withUnreadBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Int) throws(InputError)
    -> Bool
  {
    guard let unread = try unreadBytes() else { return false }
    consume(body(unread))
    return true
  }

  /// Consumes spaces, tabs, CR and LF; returns how many LFs it consumed, and sets `lineStart`
  /// to the offset just after the last of them (for columns in messages).
  package func skipWhitespace(lineStart: inout Int) throws(InputError) -> Int {
    var lines = 0
    while true {
      if start == end {
        guard try refill() else { return lines }
      }
      let (from, to) = (start, end)
      var stopIndex = from
      var lastLineFeed = -1
      while stopIndex < to {
        let byte = buffer[stopIndex]
        if byte == UInt8(ascii: "\n") {
          lines += 1
          lastLineFeed = stopIndex
        } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
          && byte != UInt8(ascii: "\r")
        {
          break
        }
        stopIndex += 1
      }
      if lastLineFeed >= 0 { lineStart = offset + (lastLineFeed - from) + 1 }
      offset += stopIndex - from
      start = stopIndex
      if stopIndex < to { return lines }
    }
  }

  /// `8 MB`, `1 MB`, or bytes for small limits.
  static func describe(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
  }

  private func refill() throws(InputError) -> Bool {
    guard !atEnd else { return false }
    let count = read(descriptor, buffer.baseAddress, buffer.count)
    guard count >= 0 else { throw .readFailed(path: name, .current) }
    if count == 0 {
      atEnd = true
      return false
    }
    start = 0
    end = count
    bytesRead += count
    if let limit, bytesRead > limit {
      throw .at(name, "larger than \(Self.describe(limit)); this is not a file vpccost reads")
    }
    onChunk?(bytesRead)
    return true
  }

  /// Skips a UTF-8 byte-order mark and leading white space; the first byte of the content, not
  /// consumed, or nil for an empty input.
  package func firstContentByte() throws(InputError) -> UInt8? {
    if try peek() == 0xEF {
      for expected: UInt8 in [0xEF, 0xBB, 0xBF] where try next() != expected {
        throw .at(name, line: 1, "not UTF-8 text (a broken byte-order mark)")
      }
    }
    while let byte = try peek(),
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r")
    {
      _ = try next()
    }
    return try peek()
  }
}
