import VPCCostCore

/// Turns a JSON document into a `PriceTableFile`, naming every missing or mistyped key.
///
/// Each problem carries the key's path (`interfaceEndpoint.dataTiers[1].perGB`). Unknown keys
/// are ignored, so that a newer table still reads.
struct PriceTableFileDecoder {
  let origin: String
  private(set) var problems: [PriceTableProblem] = []

  init(origin: String) { self.origin = origin }

  /// The table file, or nil with `problems` filled.
  mutating func file(from value: JSONValue) -> PriceTableFile? {
    guard let root = object(value, "") else { return nil }
    let file = PriceTableFile(
      schemaVersion: integer(root, "schemaVersion") ?? 0,
      region: string(root, "region") ?? "",
      location: string(root, "location") ?? "",
      currency: string(root, "currency") ?? "",
      azCount: integer(root, "azCount", required: false),
      effectiveDate: string(root, "effectiveDate") ?? "",
      source: string(root, "source") ?? "",
      confidence: string(root, "confidence") ?? "",
      usageTypePrefix: string(root, "usageTypePrefix", required: false),
      natGateway: nat(root, "natGateway") ?? .init(hourly: "", perGB: ""),
      regionalNatGateway: nat(root, "regionalNatGateway", required: false),
      interfaceEndpoint: interfaceEndpoint(root) ?? .init(hourlyPerAZ: "", dataTiers: []),
      publicIPv4: member(root, "publicIPv4").map { .init(hourly: string($0, "hourly") ?? "") }
        ?? .init(hourly: ""),
      crossAZ: member(root, "crossAZ").map {
        .init(perGBEachDirection: string($0, "perGBEachDirection") ?? "")
      } ?? .init(perGBEachDirection: ""),
      internetOut: member(root, "internetOut", required: false).map {
        .init(tiers: tiers($0, "tiers") ?? [])
      },
      transitGateway: member(root, "transitGateway", required: false).map {
        .init(
          attachmentHourly: string($0, "attachmentHourly") ?? "", perGB: string($0, "perGB") ?? "")
      },
      unverified: unverified(root))
    return problems.isEmpty ? file : nil
  }

  /// An object's members with the path that names it.
  struct Members {
    let path: String
    let members: [(String, JSONValue)]

    func key(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }
    subscript(_ name: String) -> JSONValue? { members.last { $0.0 == name }?.1 }
  }

  private mutating func report(_ key: String, _ message: String) {
    problems.append(PriceTableProblem(origin: origin, key: key, message: message))
  }

  private mutating func object(_ value: JSONValue, _ path: String) -> Members? {
    guard case .object(let members) = value else {
      report(path, "expected an object")
      return nil
    }
    return Members(path: path, members: members)
  }

  /// A member that must be present (or may be absent), as an object.
  private mutating func member(
    _ parent: Members, _ name: String, required: Bool = true
  ) -> Members? {
    guard let value = present(parent, name, required: required, what: "an object") else {
      return nil
    }
    return object(value, parent.key(name))
  }

  /// The member's value; nil and a problem when a required one is missing or null.
  private mutating func present(
    _ parent: Members, _ name: String, required: Bool, what: String
  ) -> JSONValue? {
    switch parent[name] {
    case nil:
      if required { report(parent.key(name), "required key is missing") }
      return nil
    case .null?:
      if required { report(parent.key(name), "expected \(what), found null") }
      return nil
    case let value?: return value
    }
  }

  private static let stringHint = "a string (prices are decimal strings such as \"0.045\")"

  private mutating func string(_ parent: Members, _ name: String, required: Bool = true)
    -> String?
  {
    guard let value = present(parent, name, required: required, what: Self.stringHint) else {
      return nil
    }
    guard case .string(let text) = value else {
      report(parent.key(name), "expected \(Self.stringHint)")
      return nil
    }
    return text
  }

  private mutating func integer(_ parent: Members, _ name: String, required: Bool = true) -> Int? {
    guard let value = present(parent, name, required: required, what: "a whole number") else {
      return nil
    }
    guard case .number(let text) = value, let number = Int(text) else {
      report(parent.key(name), "expected a whole number")
      return nil
    }
    return number
  }

  private mutating func nat(
    _ parent: Members, _ name: String, required: Bool = true
  ) -> PriceTableFile.NATGateway? {
    guard let nat = member(parent, name, required: required) else { return nil }
    return .init(hourly: string(nat, "hourly") ?? "", perGB: string(nat, "perGB") ?? "")
  }

  private mutating func interfaceEndpoint(_ root: Members) -> PriceTableFile.InterfaceEndpoint? {
    guard let endpoint = member(root, "interfaceEndpoint") else { return nil }
    return .init(
      hourlyPerAZ: string(endpoint, "hourlyPerAZ") ?? "",
      dataTiers: tiers(endpoint, "dataTiers") ?? [])
  }

  private mutating func tiers(_ parent: Members, _ name: String) -> [PriceTableFile.Tier]? {
    guard let value = present(parent, name, required: true, what: "an array") else { return nil }
    guard case .array(let items) = value else {
      report(parent.key(name), "expected an array of tiers")
      return nil
    }
    var tiers: [PriceTableFile.Tier] = []
    for (index, item) in items.enumerated() {
      guard let tier = object(item, "\(parent.key(name))[\(index)]") else { continue }
      tiers.append(
        .init(
          upToGB: string(tier, "upToGB", required: false), perGB: string(tier, "perGB") ?? ""))
    }
    return tiers
  }

  private mutating func unverified(_ root: Members) -> [String: String]? {
    guard let notes = member(root, "unverified", required: false) else { return nil }
    var result: [String: String] = [:]
    for (key, _) in notes.members { result[key] = string(notes, key) }
    return result
  }
}
