#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads and validates a price table file: every problem names the file and the key.
public enum PriceTableDecoder {
  /// The schema version this build reads and writes.
  public static let schemaVersion = 1

  /// Decodes and validates one table; `expectedRegion` is the region the file name promises.
  public static func decode(
    _ data: Data, origin: String, expectedRegion: String?
  ) throws(PriceTableError) -> PriceTable {
    let file: PriceTableFile
    do {
      file = try JSONDecoder().decode(PriceTableFile.self, from: data)
    } catch let error as DecodingError {
      throw .invalid([problem(from: error, origin: origin)])
    } catch {
      throw .invalid([PriceTableProblem(origin: origin, key: "", message: "\(error)")])
    }
    return try validate(file, origin: origin, expectedRegion: expectedRegion)
  }

  /// Validates a table file already in memory (the embedded tables are compiled in this form).
  static func validate(
    _ file: PriceTableFile, origin: String, expectedRegion: String?
  ) throws(PriceTableError) -> PriceTable {
    var validator = PriceTableValidator(origin: origin)
    let table = validator.table(from: file, expectedRegion: expectedRegion)
    guard let table, validator.problems.isEmpty else { throw .invalid(validator.problems) }
    return table
  }

  /// Turns a decoding error into a problem naming the key path.
  static func problem(from error: DecodingError, origin: String) -> PriceTableProblem {
    func path(_ context: DecodingError.Context, _ last: CodingKey? = nil) -> String {
      let keys = context.codingPath + (last.map { [$0] } ?? [])
      return keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        .joined(separator: ".").replacing(".[", with: "[")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return PriceTableProblem(
        origin: origin, key: path(context, key), message: "required key is missing")
    case .typeMismatch(let type, let context):
      return PriceTableProblem(
        origin: origin, key: path(context), message: "expected \(describe(type))")
    case .valueNotFound(let type, let context):
      return PriceTableProblem(
        origin: origin, key: path(context), message: "expected \(describe(type)), found null")
    case .dataCorrupted(let context):
      return PriceTableProblem(
        origin: origin, key: path(context),
        message: "not valid JSON: \(context.debugDescription)")
    @unknown default:
      return PriceTableProblem(origin: origin, key: "", message: "\(error)")
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string (prices are decimal strings such as \"0.045\")"
    case is Int.Type: return "a whole number"
    default: return "\(type)"
    }
  }
}
