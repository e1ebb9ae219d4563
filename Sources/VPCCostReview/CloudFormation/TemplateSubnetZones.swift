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

  /// The AZ of a subnet reference, read through the template's intrinsics: a subnet of the
  /// template with a literal `AvailabilityZone` or `!Select [i, !GetAZs '']` (AZ number i), or,
  /// when nothing else is known, the subnet itself (distinct subnets are taken to be in
  /// distinct AZs, and the review says so).
  mutating func zone(of subnet: TemplateNode) -> SubnetZone {
    zone(of: subnet, value: try? model.evaluator.value(subnet))
  }

  /// The AZ of a subnet reference already evaluated (nil when evaluating it failed): a `!Ref`
  /// to a subnet parameter stays named after the parameter, whatever its value.
  private mutating func zone(of subnet: TemplateNode, value: TemplateValue?) -> SubnetZone {
    if let name = subnet["Ref"]?.string, model.parameters.contains(name), value?.items == nil {
      assumptions.insert(Self.distinctNote)
      return .assumed("parameter:" + name)
    }
    guard let value else {
      assumptions.insert(Self.distinctNote)
      return .assumed("subnet:?")
    }
    return zone(ofValue: value, written: subnet)
  }

  /// The AZ of an evaluated subnet reference.
  private mutating func zone(ofValue value: TemplateValue, written: TemplateNode?) -> SubnetZone {
    switch value {
    case .reference(let id, nil):
      if let resource = model.resource(id), resource.type == "AWS::EC2::Subnet" {
        let zone = zone(of: resource)
        if !zone.isKnown {
          assumptions.insert(
            "subnets without a literal or !Select AZ are taken to be in distinct AZs")
        }
        return zone
      }
      assumptions.insert(Self.distinctNote)
      return .assumed("subnet:" + id)
    case .text(let id):
      assumptions.insert(Self.distinctNote)
      return .assumed("subnet:" + id)
    case .unknown(.parameter(let name)):
      assumptions.insert(Self.distinctNote)
      return .assumed("parameter:" + name)
    default:
      assumptions.insert(Self.distinctNote)
      return .assumed(
        "subnet:" + (written.flatMap(TemplateModel.target) ?? written?.string ?? "?"))
    }
  }

  /// The AZ of a subnet resource: its `AvailabilityZone` evaluated (a name, or AZ number i of
  /// `!Select [i, !GetAZs '']` however it is written, or item i of a list parameter whose
  /// value is not given), or assumed to be its own.
  mutating func zone(of subnet: TemplateModel.Resource) -> SubnetZone {
    if let node = subnet.properties?["AvailabilityZone"], let item = listItem(node) {
      assumptions.insert(
        "the AZs listed in the parameter \(item.parameter) are taken to be distinct AZs")
      return .named("${\(item.parameter)[\(item.index)]}")
    }
    if let node = subnet.properties?["AvailabilityZone"],
      let value = try? model.evaluator.value(node)
    {
      switch value {
      case .text(let name): return .named(name)
      case .zone(let index): return .index(String(index))
      case .composite(let pieces):
        // `!Sub '${AWS::Region}a'` without --region: a named AZ of whatever region it is.
        let spelled = pieces.map { piece -> String? in
          if case .text(let text) = piece { return text }
          if case .unknown(.pseudo("AWS::Region")) = piece { return "${AWS::Region}" }
          return nil
        }
        if spelled.allSatisfy({ $0 != nil }) { return .named(spelled.compactMap(\.self).joined()) }
      default: break
      }
    }
    return .assumed("subnet:" + subnet.id)
  }

  /// `!Select [i, !Ref P]` where P is a list parameter whose value is not shown: the same
  /// item of the same list is the same AZ, whatever the list holds.
  private func listItem(_ node: TemplateNode) -> (parameter: String, index: Int)? {
    guard let select = node["Fn::Select"]?.array, select.count == 2,
      let parameter = select[1]["Ref"]?.string,
      let type = model.parameterTypes[parameter],
      type.hasPrefix("List<") || type == "CommaDelimitedList",
      case .unknown? = try? model.evaluator.value(select[1]),
      let index = (try? model.evaluator.value(select[0]))?.text.flatMap({ Int($0) })
    else { return nil }
    return (parameter, index)
  }

  /// The AZs of a list of subnet references, read through the template's intrinsics (list
  /// parameters and their defaults, `Fn::Split` of `Fn::Join` or `Fn::Sub`, `Fn::FindInMap`,
  /// `Fn::If`); empty, with `unknownReason` set, when the template does not show the subnets
  /// (a list parameter without a default, an import, a nested stack's output, a condition it
  /// does not settle).
  mutating func zones(of subnets: TemplateNode?) -> Set<SubnetZone> {
    unknownReason = nil
    guard let given = subnets else { return [] }
    // Written as a list: each item on its own (a `!Ref` to a subnet parameter stays named).
    if let items = given.array {
      var zones = Set<SubnetZone>()
      for item in items {
        if let reason = Self.hiddenSource(item) {
          unknownReason = reason
          return []
        }
        guard let value = try? model.evaluator.value(item) else { continue }
        if case .noValue = value { continue }
        if let reason = hiddenReason(value) {
          unknownReason = reason
          return []
        }
        zones.insert(zone(of: item, value: value))
      }
      return zones
    }
    if let reason = Self.hiddenSource(given) {
      unknownReason = reason
      return []
    }
    guard let value = try? model.evaluator.value(given) else {
      unknownReason = "a value the template computes"
      return []
    }
    guard let items = value.items else {
      unknownReason = hiddenReason(value) ?? "a value the template computes"
      return []
    }
    var zones = Set<SubnetZone>()
    for item in items {
      if case .noValue = item { continue }
      if let reason = hiddenReason(item) {
        unknownReason = reason
        return []
      }
      zones.insert(zone(ofValue: item, written: nil))
    }
    return zones
  }

  /// Why an evaluated list of subnets, or one of its items, is not shown; nil when it is.
  private func hiddenReason(_ value: TemplateValue) -> String? {
    switch value {
    case .unknown(.parameter(let name)):
      if let type = model.parameterTypes[name],
        type.hasPrefix("List<") || type == "CommaDelimitedList"
      {
        return "the list parameter \(name), which has no default"
      }
      return nil
    case .unknown(.imported): return "an import (Fn::ImportValue)"
    case .unknown(.attribute(let resource, let name)) where name.hasPrefix("Outputs."):
      return "a nested stack's output (\(resource).\(name))"
    case .unknown(let reason): return "a value the template does not show (\(reason))"
    case .oneOf(_, let condition):
      return "a condition (Fn::If on \(condition)) the template does not settle"
    case .joined, .composite: return "a value the template computes"
    default: return nil
    }
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
}
