/// The AWS services reached through interface endpoints: named (`lambda,sts`) or only counted.
public struct ServiceSelection: Hashable, Sendable {
  /// The services' endpoint names, such as `lambda`; empty when only a count was given.
  public let names: [String]
  /// How many services (one interface endpoint each).
  public let count: Int

  /// Lambda alone, the default.
  public static let lambdaOnly = ServiceSelection(names: ["lambda"], count: 1)

  /// Creates a selection of named services.
  public init(names: [String]) {
    self.names = names
    self.count = names.count
  }

  /// Creates a selection of `count` unnamed services.
  public init(count: Int) {
    self.names = []
    self.count = count
  }

  private init(names: [String], count: Int) {
    self.names = names
    self.count = count
  }

  /// `lambda, sts` or `8 services`.
  public var summary: String {
    names.isEmpty ? "\(count) service\(count == 1 ? "" : "s")" : names.joined(separator: ", ")
  }

  /// Parses `lambda,sts` (separated by commas, semicolons or spaces) or a count such as `8`.
  public static func parse(_ text: String) -> Result<ServiceSelection, InputProblem> {
    let trimmed = text.trimmingASCIIWhitespace
    if let count = Int(trimmed) {
      guard (1...WorkloadLimits.maxServices).contains(count) else {
        return .failure(
          InputProblem(
            "'\(text)' is out of range; give 1 to \(WorkloadLimits.maxServices) services"))
      }
      return .success(ServiceSelection(count: count))
    }
    let names = trimmed.split(whereSeparator: { ",; ".contains($0) }).map(String.init)
    guard !names.isEmpty else {
      return .failure(
        InputProblem("is empty; name the services, such as lambda,sts, or give a count"))
    }
    for name in names where !isWellFormed(name) {
      return .failure(
        InputProblem(
          "'\(name)' is not an endpoint service name such as lambda, sts or ecr.api (lowercase)"))
    }
    var seen = Set<String>()
    for name in names where !seen.insert(name).inserted {
      return .failure(InputProblem("'\(name)' is listed twice; each service needs one endpoint"))
    }
    guard names.count <= WorkloadLimits.maxServices else {
      return .failure(InputProblem("names more than \(WorkloadLimits.maxServices) services"))
    }
    return .success(ServiceSelection(names: names))
  }

  private static func isWellFormed(_ name: String) -> Bool {
    guard let first = name.first, first.isASCII, first.isLetter, name.count <= 64 else {
      return false
    }
    return name.allSatisfy { character in
      character.isASCII
        && (character.isLowercase || character.isNumber || character == "-" || character == ".")
    }
  }
}
