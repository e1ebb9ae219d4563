import VPCCostCore
import VPCCostFormats

/// Where a template's subnets are: the AZ of each subnet reference, and how sure it is.
struct TemplateSubnetZones {
  let model: TemplateModel
  /// Notes about AZs that were assumed rather than read.
  private(set) var assumptions: Set<String> = []
  /// Why the last list of subnets read has no AZs the template shows, or nil.
  private(set) var unknownReason: String?

  init(model: TemplateModel) { self.model = model }

  /// What the reader does with subnets whose AZs it cannot see.
  static let distinctNote =
    "subnets whose AZs the template does not show (parameters, literal ids, subnets defined elsewhere) are told apart as distinct AZs only where endpoints and NAT gateways are matched to them"

  /// The AZ of a subnet reference: a literal `AvailabilityZone`, `!Select [i, !GetAZs '']`
  /// (AZ number i), or, when nothing else is known, the subnet itself (distinct subnets are
  /// taken to be in distinct AZs, and the review says so).
  mutating func zone(of subnet: TemplateNode) -> SubnetZone {
    guard let target = TemplateModel.target(of: subnet) else {
      assumptions.insert(Self.distinctNote)
      return .assumed("subnet:" + (subnet.string ?? "?"))
    }
    if model.parameters.contains(target) {
      assumptions.insert(Self.distinctNote)
      return .assumed("parameter:" + target)
    }
    guard let resource = model.resource(target), resource.type == "AWS::EC2::Subnet" else {
      assumptions.insert(Self.distinctNote)
      return .assumed("subnet:" + target)
    }
    let zone = Self.zone(of: resource)
    if !zone.isKnown {
      assumptions.insert("subnets without a literal or !Select AZ are taken to be in distinct AZs")
    }
    return zone
  }

  /// The AZ of a subnet resource: its literal `AvailabilityZone`, AZ number i for
  /// `!Select [i, !GetAZs '']`, or assumed to be its own.
  static func zone(of subnet: TemplateModel.Resource) -> SubnetZone {
    let zone = subnet.properties?["AvailabilityZone"]
    if let literal = zone?.string { return .named(literal) }
    if let select = zone?["Fn::Select"]?.array, select.count == 2, select[1]["Fn::GetAZs"] != nil,
      let index = select[0].string
    {
      return .index(index)
    }
    return .assumed("subnet:" + subnet.id)
  }

  /// The AZs of a list of subnet references; empty, with `unknownReason` set, when the
  /// template does not show the subnets (a list parameter without a default, an import, a
  /// nested stack's output).
  mutating func zones(of subnets: TemplateNode?) -> Set<SubnetZone> {
    unknownReason = nil
    guard let given = subnets else { return [] }
    guard let subnets = model.settled(given) else {
      unknownReason = "a condition (Fn::If) the template does not settle"
      return []
    }
    if let ids = subnetIDs(subnets) {
      guard let ids else { return [] }
      if ids.count > 1 {
        assumptions.insert(
          Self.distinctNote)
      }
      return Set(ids.map { SubnetZone.assumed("subnet:" + $0) })
    }
    var zones = Set<SubnetZone>()
    for item in TemplateModel.items(subnets) {
      if let reason = Self.hiddenSource(item) {
        unknownReason = reason
        return []
      }
      zones.insert(zone(of: item))
    }
    return zones
  }

  /// The subnet ids of a value that lists several at once (a list parameter, `Fn::Split`):
  /// nil when the value is not one, `.some(nil)` when its ids are not in the template.
  private mutating func subnetIDs(_ node: TemplateNode) -> [String]?? {
    if let name = node["Ref"]?.string, let type = model.parameterTypes[name],
      type.hasPrefix("List<") || type == "CommaDelimitedList"
    {
      guard let text = model.parameterDefaults[name]?.string else {
        unknownReason = "the list parameter \(name), which has no default"
        return .some(nil)
      }
      return .some(Self.split(text, ","))
    }
    guard let split = node["Fn::Split"]?.array, split.count == 2 else { return nil }
    let separator = split[0].string ?? ","
    guard let text = resolvedText(split[1]) else {
      unknownReason = Self.hiddenSource(split[1]) ?? "a value the template computes"
      return .some(nil)
    }
    return .some(Self.split(text, separator))
  }

  /// Text a value resolves to from what the template holds: a literal, a parameter's default,
  /// or a mapping entry with literal keys.
  private func resolvedText(_ node: TemplateNode) -> String? {
    if let text = node.string { return text }
    if let name = node["Ref"]?.string { return model.parameterDefaults[name]?.string }
    if let path = node["Fn::FindInMap"]?.array, path.count == 3,
      let map = path[0].string, let first = path[1].string, let second = path[2].string
    {
      return model.mappings?[map]?[first]?[second]?.string
    }
    return nil
  }

  /// Where a subnet comes from when the template cannot show it.
  static func hiddenSource(_ node: TemplateNode) -> String? {
    if node["Fn::ImportValue"] != nil { return "an import (Fn::ImportValue)" }
    if let attribute = node["Fn::GetAtt"],
      (attribute.string ?? attribute.array?.last?.string ?? "").hasPrefix("Outputs.")
        || (attribute.string ?? "").contains(".Outputs.")
    {
      return "a nested stack's output"
    }
    return nil
  }

  private static func split(_ text: String, _ separator: String) -> [String] {
    text.split(separator: separator).map { String($0.trimmingASCIIWhitespace) }.filter {
      !$0.isEmpty
    }
  }
}
