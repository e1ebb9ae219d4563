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
            "\(quoting: text) is out of range; give 1 to \(WorkloadLimits.maxServices) services"))
      }
      return .success(ServiceSelection(count: count))
    }
    let names = trimmed.utf8.split(whereSeparator: Self.isSeparator).map { String(Substring($0)) }
    guard !names.isEmpty else {
      return .failure(
        InputProblem("is empty; name the services, such as lambda,sts, or give a count"))
    }
    for name in names where !isWellFormed(name) {
      let lowercase = name.lowercased()
      let hint = PrivateLinkServices.names.contains(lowercase) ? "; did you mean \(lowercase)?" : ""
      return .failure(
        InputProblem(
          "\(quoting: name) is not an endpoint service name such as lambda, sts or ecr.api (lowercase)\(hint)"
        ))
    }
    for name in names {
      if let problem = problem(with: name) { return .failure(problem) }
    }
    for (index, name) in names.enumerated() where names[..<index].contains(name) {
      return .failure(
        InputProblem("\(quoting: name) is listed twice; each service needs one endpoint"))
    }
    guard names.count <= WorkloadLimits.maxServices else {
      return .failure(InputProblem("names more than \(WorkloadLimits.maxServices) services"))
    }
    return .success(ServiceSelection(names: names))
  }

  /// What is wrong with a well-formed name, if anything.
  ///
  /// It may not be a service with interface endpoints, or one that VPC functions reach through
  /// a free gateway endpoint. Full names are taken as given.
  static func problem(with name: String) -> InputProblem? {
    if name.hasPrefix("com.amazonaws."), name.split(separator: ".").count >= 4 { return nil }
    // SageMaker's notebook and studio endpoints: aws.sagemaker.REGION.notebook.
    if name.hasPrefix("aws.sagemaker."), name.split(separator: ".").count >= 4 { return nil }
    if let gateway = gatewayServices[name] {
      return InputProblem(
        "\(quoting: name) is reached through a free gateway endpoint: give its traffic as \(gateway) (or name an interface endpoint in full, com.amazonaws.REGION.\(name))"
      )
    }
    guard !PrivateLinkServices.names.contains(name) else { return nil }
    let hint = ClosestMatch.suggestion(for: name, among: Array(PrivateLinkServices.names)).map {
      "did you mean \($0)? "
    }
    return InputProblem(
      "\(quoting: name) is not an AWS service with interface endpoints (\(hint ?? "")see AWS's list of services that integrate with PrivateLink, or name one in full: com.amazonaws.REGION.NAME)"
    )
  }

  /// The services with free gateway endpoints, and where their traffic is given instead.
  static let gatewayServices = [
    "s3": "--s3-gb (the s3_gb column)", "dynamodb": "--dynamodb-gb (the dynamodb_gb column)",
  ]

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: " ")
  }

  /// Lowercase ASCII letters, digits, `-` and `.`, starting with a letter, at most 64 bytes.
  private static func isWellFormed(_ name: String) -> Bool {
    let bytes = name.utf8
    guard let first = bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
      bytes.count <= 64
    else { return false }
    return bytes.allSatisfy { byte in
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
  }
}
