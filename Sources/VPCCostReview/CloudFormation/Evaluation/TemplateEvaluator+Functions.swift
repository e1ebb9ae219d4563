import VPCCostFormats

extension TemplateEvaluator {
  /// An intrinsic function's value.
  func function(
    _ name: String, _ argument: TemplateNode, line: Int, depth: Int
  ) throws(TemplateEvaluationError) -> TemplateValue {
    let arguments = argument.array ?? []
    switch name {
    case "Ref":
      guard let target = argument.string else {
        return .unknown(.malformed("Ref needs a name at line \(line)"))
      }
      return reference(target)
    case "Fn::GetAtt": return attribute(argument, depth: depth)
    case "Fn::If": return try ifValue(arguments, line: line, depth: depth)
    case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not":
      let holds = try conditionExpression(
        .init(value: .object([(name, argument)]), line: line),
        depth: depth)
      return holds.known.map { .text($0 ? "true" : "false") } ?? .unknown(Self.reasonOf(holds))
    case "Fn::FindInMap": return try findInMap(arguments, line: line, depth: depth)
    case "Fn::Select": return try select(arguments, line: line, depth: depth)
    case "Fn::Split":
      guard arguments.count == 2 else {
        return .unknown(.malformed("Fn::Split needs 2 arguments at line \(line)"))
      }
      return Self.split(
        try value(arguments[1], depth: depth), by: try value(arguments[0], depth: depth))
    case "Fn::Join":
      guard arguments.count == 2 else {
        return .unknown(.malformed("Fn::Join needs 2 arguments at line \(line)"))
      }
      return Self.join(
        try value(arguments[1], depth: depth), with: try value(arguments[0], depth: depth))
    case "Fn::Sub": return try substitute(argument, line: line, depth: depth)
    case "Fn::GetAZs": return zones(try value(argument, depth: depth))
    case "Fn::Length": return Self.length(try value(argument, depth: depth))
    case "Fn::ToJsonString": return Self.json(try value(argument, depth: depth))
    case "Fn::Cidr": return try cidr(arguments, line: line, depth: depth)
    case "Fn::ImportValue": return .unknown(.imported)
    case "Fn::Base64": return try value(argument, depth: depth)
    default: return .unknown(.computed(name))
    }
  }

  /// The reason of an unknown condition.
  static func reasonOf(_ value: ConditionValue) -> UnknownReason {
    if case .unknown(let reason) = value { return reason }
    return .computed("a condition")
  }

  /// `Fn::GetAtt`: `[Resource, Attribute]` or `Resource.Attribute` (an attribute may hold dots:
  /// `Outputs.SubnetId`).
  private func attribute(_ argument: TemplateNode, depth: Int) -> TemplateValue {
    let parts: (String, String)?
    if let text = argument.string, let dot = text.firstIndex(of: ".") {
      parts = (String(text[..<dot]), String(text[text.index(after: dot)...]))
    } else if let items = argument.array, items.count == 2, let resource = items[0].string {
      parts = (resource, items[1].string ?? "?")
    } else {
      parts = nil
    }
    guard let (resource, name) = parts else {
      return .unknown(.malformed("Fn::GetAtt needs a resource and an attribute"))
    }
    guard case .reference = reference(resource) else {
      return .unknown(.malformed("Fn::GetAtt of \(resource), which the template does not define"))
    }
    return .reference(resource, attribute: name)
  }

  /// `Fn::If`: the branch its condition chooses, or both when the condition is not known.
  private func ifValue(_ arguments: [TemplateNode], line: Int, depth: Int)
    throws(TemplateEvaluationError) -> TemplateValue
  {
    guard arguments.count == 3, let name = arguments[0].string else {
      return .unknown(.malformed("Fn::If needs a condition and two values at line \(line)"))
    }
    switch try condition(name) {
    case .known(true): return try value(arguments[1], depth: depth)
    case .known(false): return try value(arguments[2], depth: depth)
    case .unknown:
      return .oneOf(
        [try value(arguments[1], depth: depth), try value(arguments[2], depth: depth)],
        condition: name)
    }
  }

  /// `Fn::FindInMap`, with the `DefaultValue` of the language extensions.
  private func findInMap(_ arguments: [TemplateNode], line: Int, depth: Int)
    throws(TemplateEvaluationError) -> TemplateValue
  {
    guard arguments.count == 3 || arguments.count == 4 else {
      return .unknown(.malformed("Fn::FindInMap needs a map and two keys at line \(line)"))
    }
    var keys: [String] = []
    for argument in arguments.prefix(3) {
      let key = try value(argument, depth: depth)
      guard let text = key.text else { return .unknown(Self.reason(key)) }
      keys.append(text)
    }
    if let entry = mappingEntry(keys[0], keys[1], keys[2]) { return try value(entry, depth: depth) }
    if arguments.count == 4, let fallback = arguments[3]["DefaultValue"] {
      return try value(fallback, depth: depth)
    }
    return .unknown(.malformed("the mapping \(keys[0]) has no entry \(keys[1]), \(keys[2])"))
  }

  /// `Fn::Select`: an item of a known list, the Nth AZ of `Fn::GetAZs`; an index known to be
  /// outside a known list is an error, as CloudFormation makes it.
  private func select(_ arguments: [TemplateNode], line: Int, depth: Int)
    throws(TemplateEvaluationError) -> TemplateValue
  {
    guard arguments.count == 2 else {
      return .unknown(.malformed("Fn::Select needs an index and a list at line \(line)"))
    }
    let indexValue = try value(arguments[0], depth: depth)
    guard let index = indexValue.text.flatMap({ Int($0) }) else {
      return .unknown(Self.reason(indexValue))
    }
    return try Self.select(index, from: try value(arguments[1], depth: depth), line: line)
  }

  static func select(_ index: Int, from list: TemplateValue, line: Int)
    throws(TemplateEvaluationError) -> TemplateValue
  {
    switch list {
    case .list(let items):
      guard items.indices.contains(index) else {
        throw .selectOutOfRange(index: index, count: items.count, line: line)
      }
      return items[index]
    case .zones(let count):
      if let count, !(0..<count).contains(index) {
        throw .selectOutOfRange(index: index, count: count, line: line)
      }
      return .zone(index)
    case .oneOf(let options, let condition):
      var chosen: [TemplateValue] = []
      for option in options {
        // A branch the condition may not take can be short: it is not an error.
        do { chosen.append(try select(index, from: option, line: line)) } catch {
          chosen.append(.unknown(.malformed("item \(index) of a shorter list")))
        }
      }
      return .oneOf(chosen, condition: condition)
    default:
      return .unknown(reason(list))
    }
  }

  /// `Fn::GetAZs`: the AZs of the context's region (their number from its table), or of
  /// another region (their number not known).
  private func zones(_ region: TemplateValue) -> TemplateValue {
    let asked = region.text ?? ""
    if asked.isEmpty || asked == context.region { return .zones(count: context.azCount) }
    return .zones(count: nil)
  }

  /// `Fn::Length` of a list.
  static func length(_ list: TemplateValue) -> TemplateValue {
    switch list {
    case .list(let items): return .text(String(items.count))
    case .zones(let count?): return .text(String(count))
    case .oneOf(let options, let condition):
      let lengths = options.map(length)
      if let first = lengths.first, first.text != nil, lengths.allSatisfy({ $0 == first }) {
        return first
      }
      return .oneOf(lengths, condition: condition)
    default: return .unknown(reason(list))
    }
  }

  /// `Fn::ToJsonString` of a value that is known throughout.
  static func json(_ value: TemplateValue) -> TemplateValue {
    guard let json = jsonValue(value) else { return .unknown(reason(value)) }
    return .text(json.serializedCompact())
  }

  private static func jsonValue(_ value: TemplateValue) -> JSONValue? {
    switch value {
    case .text(let text): return .string(text)
    case .list(let items):
      var values: [JSONValue] = []
      for item in items {
        guard let value = jsonValue(item) else { return nil }
        values.append(value)
      }
      return .array(values)
    case .map(let members):
      var values: [(String, JSONValue)] = []
      for member in members {
        guard let value = jsonValue(member.value) else { return nil }
        values.append((member.key, value))
      }
      return .object(values)
    default: return nil
    }
  }

  /// `Fn::Cidr`: as many blocks as asked, each not computed (the count is what the review needs).
  private func cidr(_ arguments: [TemplateNode], line: Int, depth: Int)
    throws(TemplateEvaluationError) -> TemplateValue
  {
    guard arguments.count == 3 else {
      return .unknown(.malformed("Fn::Cidr needs a block, a count and a size at line \(line)"))
    }
    let count = try value(arguments[1], depth: depth)
    guard let blocks = count.text.flatMap({ Int($0) }), (1...256).contains(blocks) else {
      return .unknown(Self.reason(count))
    }
    return .list(Array(repeating: .unknown(.computed("Fn::Cidr")), count: blocks))
  }
}
