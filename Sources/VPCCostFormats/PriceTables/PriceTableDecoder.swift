import VPCCostCore

/// Reads price table files (the JSON layout of PriceTables/) and validates them: every problem
/// names the file and the key.
package enum PriceTableDecoder {
  /// The largest table file read: the shipped ones are about 1.5 KB.
  package static let maxBytes = 1 << 20

  /// Decodes and validates one table; `expectedRegion` is the region the file name promises.
  package static func decode(
    _ bytes: [UInt8], origin: String, expectedRegion: String?
  ) throws(PriceTableError) -> PriceTable {
    let file = try decodeFile(bytes, origin: origin)
    return try PriceTableValidator.validate(file, origin: origin, expectedRegion: expectedRegion)
  }

  /// Decodes a table file without validating its prices (an import merges into it).
  package static func decodeFile(
    _ bytes: [UInt8], origin: String
  ) throws(PriceTableError) -> PriceTableFile {
    var reader = JSONReader(source: ByteSource(bytes: bytes, name: origin))
    let value: JSONValue
    do {
      value = try reader.readValue()
      try reader.expectEnd("the table")
    } catch {
      throw .invalid([
        PriceTableProblem(origin: origin, key: "", message: "not valid JSON: \(error.detail)")
      ])
    }
    var decoder = PriceTableFileDecoder(origin: origin)
    guard let file = decoder.file(from: value), decoder.problems.isEmpty else {
      throw .invalid(decoder.problems)
    }
    return file
  }

  /// Reads a table file from disk, decoded but not validated.
  package static func readFile(_ path: String) throws(PriceTableError) -> PriceTableFile {
    try decodeFile(try bytes(of: path), origin: path)
  }

  /// Reads and validates a table file from disk.
  package static func read(
    _ path: String, expectedRegion: String?
  ) throws(PriceTableError) -> PriceTable {
    try decode(try bytes(of: path), origin: path, expectedRegion: expectedRegion)
  }

  /// The bytes of a file, or `unreadable`.
  static func bytes(of path: String) throws(PriceTableError) -> [UInt8] {
    do {
      return try FileSystem.contents(of: path, limit: maxBytes)
    } catch .cannotOpen(_, let reason) {
      throw .unreadable(path: path, reason: reason)
    } catch {
      throw .invalid([PriceTableProblem(origin: path, key: "", message: error.detail)])
    }
  }
}
