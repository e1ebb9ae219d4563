/// Parses per-invocation sizes such as `1KiB`, `1.5 MB` or `512` (bytes) into whole bytes.
package enum DataSize {
  /// The units users may type, with their size in bytes (SI for KB/MB/GB, IEC for KiB/MiB/GiB).
  static let units: [(name: String, lowercased: String, bytes: Int128)] = [
    ("B", "b", 1), ("KB", "kb", 1_000), ("KiB", "kib", 1_024), ("MB", "mb", 1_000_000),
    ("MiB", "mib", 1_048_576), ("GB", "gb", 1_000_000_000), ("GiB", "gib", 1_073_741_824),
  ]

  /// The bytes of a unit as `units` spells it, or lowercased (`KiB`, `kib`), or nil.
  ///
  /// The unit's bytes, packed into a number after a 1, are matched by a switch: batch reads two
  /// sizes per row, and searching the table compared arrays of bytes (and retained them) for
  /// each.
  /// `DataSizeTests.unitFactorsMatchTheTable` holds the switch to `units`.
  static func unitFactor(_ unit: some Collection<UInt8>) -> Int128? {
    guard unit.count <= 3 else { return nil }
    var key: UInt32 = 1  // a leading 1 keeps the length: "\0KB" is not "KB"
    for byte in unit { key = key << 8 | UInt32(byte) }
    switch key {
    case 0x1_42, 0x1_62: return 1  // B, b
    case 0x1_4B42, 0x1_6B62: return 1_000  // KB, kb
    case 0x1_4B_6942, 0x1_6B_6962: return 1_024  // KiB, kib
    case 0x1_4D42, 0x1_6D62: return 1_000_000  // MB, mb
    case 0x1_4D_6942, 0x1_6D_6962: return 1_048_576  // MiB, mib
    case 0x1_4742, 0x1_6762: return 1_000_000_000  // GB, gb
    case 0x1_47_6942, 0x1_67_6962: return 1_073_741_824  // GiB, gib
    default: return nil
    }
  }

  /// The unit names, for messages.
  package static let unitList = "B, KB, KiB, MB, MiB, GB, GiB"

  /// The byte count of the text, or a message saying what is wrong.
  package static func bytes(_ text: String) -> Result<Int128, InputProblem> {
    bytes(ArraySlice(text.utf8))
  }

  /// The byte count of UTF-8 text such as `1KiB`, or a message saying what is wrong.
  package static func bytes<Bytes: BidirectionalCollection<UInt8>>(
    _ text: Bytes
  ) -> Result<Int128, InputProblem> where Bytes.Index == Int, Bytes.SubSequence == Bytes {
    let trimmed = ByteText.trimmed(text)
    let numberEnd =
      trimmed.firstIndex { byte in
        !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) && byte != UInt8(ascii: ".")
          && byte != UInt8(ascii: "_") && byte != UInt8(ascii: "-")
      } ?? trimmed.endIndex
    let numberPart = trimmed[..<numberEnd]
    let unitText = ByteText.trimmed(trimmed[numberEnd...])
    var factor: Int128 = 1
    if !unitText.isEmpty {
      guard let unit = unitFactor(unitText) else {
        return .failure(
          InputProblem(
            "\(quoting: ByteText.string(text)) has an unknown unit; use one of \(unitList) (a bare number is bytes)"
          ))
      }
      factor = unit
    }
    // Plain digits, the usual size, skip the general reader; they read the same through it.
    if let whole = ByteText.plainDigits(numberPart),
      Int128(whole) * factor <= WorkloadLimits.maxBytesPerPart
    {
      return .success(Int128(whole) * factor)
    }
    switch Quantity.parse(
      bytes: numberPart, limit: Quantity(whole: WorkloadLimits.maxBytesPerPart))
    {
    case .success(let quantity) where quantity.units < 0:
      return .failure(
        InputProblem("\(quoting: ByteText.string(text)) is negative; sizes are zero or more"))
    case .success(let quantity):
      let scaledUnits = quantity.units * factor
      let one = DecimalText.tenToThe(Quantity.scale)
      guard scaledUnits % one == 0 else {
        return .failure(
          InputProblem("\(quoting: ByteText.string(text)) is not a whole number of bytes"))
      }
      let bytes = scaledUnits / one
      guard bytes <= WorkloadLimits.maxBytesPerPart else {
        return .failure(InputProblem("\(quoting: ByteText.string(text)) is more than 1 TiB"))
      }
      return .success(bytes)
    case .failure(.outOfRange):
      return .failure(InputProblem("\(quoting: ByteText.string(text)) is more than 1 TiB"))
    case .failure:
      return .failure(
        InputProblem(
          "\(quoting: ByteText.string(text)) is not a size such as 1KiB, 1.5MB or 512 (bytes)"))
    }
  }

  /// A byte count in the largest IEC or SI unit that divides it exactly (`4 KiB`, `1500 B`).
  package static func describe(_ bytes: Int128) -> String {
    for unit in units.reversed() where unit.bytes > 1 && bytes >= unit.bytes {
      if bytes % unit.bytes == 0 { return "\(bytes / unit.bytes) \(unit.name)" }
    }
    return "\(bytes) B"
  }
}
