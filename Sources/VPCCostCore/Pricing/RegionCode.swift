/// Checks the shape of AWS region codes (`us-east-1`, `ap-southeast-5`, `us-gov-west-1`).
enum RegionCode {
  /// Whether the text looks like a region code: lowercase words joined by dashes, ending in a number.
  static func isWellFormed(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3, let number = parts.last, !number.isEmpty,
      number.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return false }
    return parts.dropLast().allSatisfy { part in
      !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isLowercase }
    }
  }
}
