/// One thing wrong with a price table: the file, the key and what is wrong.
public struct PriceTableProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file the table came from (or `embedded:REGION`).
  public let origin: String
  /// The key path inside the file, such as `natGateway.hourly`; empty for the whole file.
  public let key: String
  /// What is wrong and, where it helps, how to fix it.
  public let message: String

  /// Creates a problem report.
  public init(origin: String, key: String, message: String) {
    self.origin = origin
    self.key = key
    self.message = message
  }

  /// `file: key natGateway.hourly: message`.
  public var description: String {
    key.isEmpty ? "\(origin): \(message)" : "\(origin): key \(key): \(message)"
  }
}
