import VPCCostCore

/// Reads CSV (RFC 4180) records from a byte stream: the one CSV reader of vpccost, behind batch
/// files and offer files.
///
/// A record's fields go into one reusable byte buffer with their boundaries, so reading a file of
/// hundreds of megabytes allocates nothing per field. The quoting rules are RFC 4180's, strictly:
/// a field is quoted whole or not at all, `""` inside quotes is one quote, line breaks may stand
/// inside quotes. Lines end in CRLF or LF; the last may have no line end; blank lines are
/// skipped. Errors are `InputError`s naming the file and line.
package struct CSVReader {
  /// The bytes being read.
  package let source: ByteSource
  /// The longest record read, in bytes: memory stays bounded whatever a file holds.
  package static let maxRecordBytes = 1 << 20
  /// The line the current record starts on (1-based).
  package private(set) var line = 0
  private var nextLine = 1
  /// The current record's field contents, one after another (quotes removed, `""` undoubled).
  private var bytes: [UInt8] = []
  /// Where each field ends in `bytes`.
  private var ends: [Int] = []
  /// Whether the current record ended with a line break (false for a last line without one).
  package private(set) var endedWithLineBreak = false

  /// Creates a reader over a byte source.
  package init(source: ByteSource) { self.source = source }

  /// Reads the next record that is not a blank line; false at the end of the input.
  package mutating func next() throws(InputError) -> Bool {
    while try source.peek() != nil {
      line = nextLine
      try readRecord()
      if ends.count > 1 || ends[0] > 0 || sawQuote { return true }
    }
    return false
  }

  private var sawQuote = false

  private mutating func readRecord() throws(InputError) {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    sawQuote = false
    if try readBufferedRecord() { return }
    while true {
      guard
        let stop = try source.append(
          into: &bytes, until: Self.isSpecial, limit: Self.maxRecordBytes, tooLong: "a row")
      else {
        ends.append(bytes.count)
        endedWithLineBreak = false
        return
      }
      switch stop {
      case UInt8(ascii: ","):
        ends.append(bytes.count)
        // Separators count toward the limit too: a row of twenty million commas held twenty
        // million field boundaries.
        if bytes.count + ends.count > Self.maxRecordBytes {
          throw .at(source.name, line: nextLine, "a row longer than 1 MB")
        }
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        if stop == UInt8(ascii: "\r"), try source.peek() == UInt8(ascii: "\n") {
          _ = try source.next()
        }
        nextLine += 1
        ends.append(bytes.count)
        endedWithLineBreak = true
        return
      default:
        guard bytes.count == (ends.last ?? 0) else {
          throw .at(
            source.name, line: nextLine,
            "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
        }
        sawQuote = true
        try readQuoted()
      }
    }
  }

  /// Reads a record in one pass when all of it, line end included, is already in the source's
  /// buffer and it is well-formed with no line break inside quotes (nearly every record of a
  /// batch or offer file); false, with nothing consumed, otherwise, for the general reader,
  /// which also reports every error.
  private mutating func readBufferedRecord() throws(InputError) -> Bool {
    guard let unread = try source.unreadBytes(),
      let length = Self.bufferedLineLength(unread)
    else { return false }
    var consumed = length + 1
    if unread[length] == UInt8(ascii: "\r") {
      guard length + 1 < unread.count else { return false }  // an LF may follow in the next read
      if unread[length + 1] == UInt8(ascii: "\n") { consumed += 1 }
    }
    guard takeFields(UnsafeBufferPointer(rebasing: unread[0..<length])) else { return false }
    source.consume(consumed)
    nextLine += 1
    endedWithLineBreak = true
    return true
  }

  /// Where the record at the start of `bytes` ends: its first CR or LF outside quotes; nil when
  /// that is not in `bytes` or a line break stands inside quotes.
  ///
  /// Eight bytes at a time are passed over while none of them is a quote, CR or LF
  /// (`ByteWord`), then the byte that is is looked at alone.
  private static func bufferedLineLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var quoted = false
    var index = 0
    while true {
      index = ByteWord.skip(
        from: index, count: count, in: base, while: { !ByteWord.hasQuoteOrLineBreak($0) },
        orByte: {
          $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r")
        })
      guard index < count else { return nil }
      let byte = base[index]
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        return quoted ? nil : index
      }
      index += 1
    }
  }

  /// Copies a line's fields into the record (one copy of the line, then quotes, doubled quotes
  /// and commas taken out in place), or leaves the record empty and returns false when a field
  /// is not quoted by the rules (the general reader then says what is wrong).
  private mutating func takeFields(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.append(contentsOf: line)
    var fieldEnds: [Int] = []
    swap(&fieldEnds, &ends)
    defer { swap(&fieldEnds, &ends) }
    let length = line.count
    var quotes = false
    let kept = bytes.withUnsafeMutableBufferPointer { text -> Int? in
      var read = 0
      var write = 0
      while true {
        if read < length && text[read] == UInt8(ascii: "\"") {
          quotes = true
          read += 1
          while true {
            // The run up to the next quote moves down in one piece.
            let quote = ByteWord.skip(
              from: read, count: length, in: text.baseAddress!,
              while: { !ByteWord.hasQuote($0) }, orByte: { $0 != UInt8(ascii: "\"") })
            if quote > read {
              if write != read {
                (text.baseAddress! + write).update(
                  from: text.baseAddress! + read, count: quote - read)
              }
              write += quote - read
              read = quote
            }
            guard read < length else { return nil }
            let byte = text[read]
            read += 1
            if byte != UInt8(ascii: "\"") {
              text[write] = byte
              write += 1
            } else if read < length && text[read] == UInt8(ascii: "\"") {
              text[write] = byte
              write += 1
              read += 1
            } else {
              break
            }
          }
          guard read == length || text[read] == UInt8(ascii: ",") else { return nil }
        } else {
          // The run up to the next comma (a quote here is an error) moves down in one piece,
          // or stays where it is while nothing before it was taken out.
          let stop = ByteWord.skip(
            from: read, count: length, in: text.baseAddress!,
            while: { !ByteWord.hasCommaOrQuote($0) },
            orByte: { $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "\"") })
          if stop < length && text[stop] == UInt8(ascii: "\"") { return nil }
          if write != read {
            (text.baseAddress! + write).update(from: text.baseAddress! + read, count: stop - read)
          }
          write += stop - read
          read = stop
        }
        fieldEnds.append(write)
        if read == length { return write }
        read += 1  // the comma
      }
    }
    guard let kept else {
      bytes.removeAll(keepingCapacity: true)
      fieldEnds.removeAll(keepingCapacity: true)
      return false
    }
    bytes.removeLast(length - kept)
    sawQuote = quotes
    return true
  }

  /// The bytes that end a run of plain field text.
  @inline(__always)
  static func isSpecial(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\"")
  }

  @inline(__always)
  private static func endsQuotedRun(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
  }

  /// Reads a quoted field after its opening quote, up to and not including what follows the
  /// closing quote (a comma, a line end or the end of the input).
  private mutating func readQuoted() throws(InputError) {
    let startLine = nextLine
    while let stop = try source.append(
      into: &bytes, until: Self.endsQuotedRun, limit: Self.maxRecordBytes, tooLong: "a row")
    {
      if stop == UInt8(ascii: "\n") {
        nextLine += 1
        bytes.append(stop)
        continue
      }
      let after = try source.peek()
      if after == UInt8(ascii: "\"") {
        _ = try source.next()
        bytes.append(UInt8(ascii: "\""))
        continue
      }
      guard
        after == nil || after == UInt8(ascii: ",") || after == UInt8(ascii: "\n")
          || after == UInt8(ascii: "\r")
      else {
        throw .at(
          source.name, line: nextLine,
          "text after a closing quote; a field is either quoted whole or not at all")
      }
      return
    }
    throw .at(
      source.name, line: startLine,
      "a quoted field is never closed; add the closing quote (is the file truncated?)")
  }

  /// How many fields the record has.
  package var count: Int { ends.count }

  /// The bytes of field `index`.
  package func field(_ index: Int) -> ArraySlice<UInt8> {
    bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }

  /// Hands `body` the record's bytes and where each field ends in them, without copying.
  package func withRecord<Result>(
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) -> Result
  ) -> Result {
    bytes.withUnsafeBufferPointer { bytes in ends.withUnsafeBufferPointer { body(bytes, $0) } }
  }

  /// Field `index` as text.
  package func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }

  /// Every field of the record as text.
  package var fields: [String] { (0..<count).map(string) }
}
