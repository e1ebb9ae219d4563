import VPCCostCore
import VPCCostFormats

/// A CloudFormation or SAM template's resources, with helpers to follow references.
struct TemplateModel {
  /// One resource.
  struct Resource {
    let id: String
    let type: String
    let properties: TemplateNode?
    let line: Int
  }

  let resources: [Resource]
  /// Each resource's index in `resources`, by logical id (the first, should an id repeat).
  private let indexByID: [String: Int]
  /// The indexes of each type's resources, in template order.
  private let indexesByType: [String: [Int]]
  let parameters: Set<String>
  /// Each parameter's `Default`, where it has one.
  let parameterDefaults: [String: TemplateNode]
  /// Each parameter's `Type`.
  let parameterTypes: [String: String]
  /// The template's `Mappings`.
  let mappings: TemplateNode?
  /// SAM's `Globals.Function`, merged into every `AWS::Serverless::Function`.
  let functionGlobals: TemplateNode?
  /// The template's values and conditions as CloudFormation evaluates them.
  let evaluator: TemplateEvaluator
  /// Resources read as created whose condition is not known, in words.
  let conditionalResources: [String]
  /// Why CloudFormation would reject the template's conditions (a circle), if it would.
  let conditionError: TemplateEvaluationError?

  init(_ root: TemplateNode, context: EvaluationContext = EvaluationContext()) {
    let evaluator = TemplateEvaluator(root, context: context)
    // Every condition once (each is remembered for the reading that follows): a circle among
    // them is a template CloudFormation rejects.
    var conditionError: TemplateEvaluationError?
    for (name, _) in root["Conditions"]?.members ?? [] where conditionError == nil {
      do { _ = try evaluator.condition(name) } catch { conditionError = error }
    }
    self.conditionError = conditionError
    var resources: [Resource] = []
    var uncertain: [String] = []
    for (id, node) in root["Resources"]?.members ?? [] {
      // A resource whose condition is false is not built; one whose condition is not known
      // is read as built, and the review says so.
      switch try? evaluator.creates(node) {
      case .known(false): continue
      case .unknown(let reason):
        let condition = node["Condition"]?.string ?? "?"
        uncertain.append(
          "\(id) is read as created, though its condition \(condition) is not known (\(reason))")
      case .known(true), nil: break
      }
      resources.append(
        Resource(
          id: id, type: node["Type"]?.string ?? "", properties: node["Properties"],
          line: node.keyLine ?? node.line))
    }
    self.resources = resources
    var byID: [String: Int] = [:]
    var byType: [String: [Int]] = [:]
    for (index, resource) in resources.enumerated() {
      if byID[resource.id] == nil { byID[resource.id] = index }
      byType[resource.type, default: []].append(index)
    }
    indexByID = byID
    indexesByType = byType
    conditionalResources = uncertain
    self.evaluator = evaluator
    parameters = Set(root["Parameters"]?.members?.map(\.key) ?? [])
    var defaults: [String: TemplateNode] = [:]
    var types: [String: String] = [:]
    for (name, parameter) in root["Parameters"]?.members ?? [] {
      if let value = parameter["Default"] { defaults[name] = value }
      if let type = parameter["Type"]?.string { types[name] = type }
    }
    parameterDefaults = defaults
    parameterTypes = types
    mappings = root["Mappings"]
    functionGlobals = root["Globals"]?["Function"]
  }

  /// The resource with a logical id, found through the index.
  func resource(_ id: String) -> Resource? { indexByID[id].map { resources[$0] } }

  /// The resources of a type, in template order, found through the index.
  func resources(of type: String) -> [Resource] {
    (indexesByType[type] ?? []).map { resources[$0] }
  }

  /// A property of a resource, with SAM's Globals merged in for serverless functions as SAM
  /// merges them: values replaced by the function's, maps merged key by key (the function's
  /// entry wins), lists added to (the Globals' entries first); an intrinsic is a value.
  func property(_ name: String, of resource: Resource) -> TemplateNode? {
    let own = resource.properties?[name]
    guard resource.type == "AWS::Serverless::Function", let global = functionGlobals?[name] else {
      return own
    }
    guard let own else { return global }
    return Self.merged(global, own)
  }

  /// A Globals value with a function's value merged in, as SAM merges them.
  static func merged(_ global: TemplateNode, _ own: TemplateNode) -> TemplateNode {
    switch (global.value, own.value) {
    case (.array(let first), .array(let second)):
      return TemplateNode(value: .array(first + second), line: own.line, keyLine: own.keyLine)
    case (.object(let globals), .object(let owns))
    where !Self.isIntrinsic(global) && !Self.isIntrinsic(own):
      var members = globals.map { member in
        (key: member.key, value: own[member.key].map { merged(member.value, $0) } ?? member.value)
      }
      members += owns.filter { member in !globals.contains { $0.key == member.key } }
      return TemplateNode(value: .object(members), line: own.line, keyLine: own.keyLine)
    default:
      return own
    }
  }

  /// Whether a node is an intrinsic function (`{Ref: ...}`, `{Fn::...: ...}`).
  private static func isIntrinsic(_ node: TemplateNode) -> Bool {
    guard let members = node.members, members.count == 1, let key = members.first?.key else {
      return false
    }
    return key == "Ref" || key.hasPrefix("Fn::") || key == "Condition"
  }

  /// The logical id a node refers to: `!Ref X`, `!GetAtt X.Attr` or `!Sub '${X}'`.
  static func target(of node: TemplateNode?) -> String? {
    guard let node else { return nil }
    if let ref = node["Ref"]?.string { return ref }
    if let attribute = node["Fn::GetAtt"]?.array?.first?.string { return attribute }
    if let text = node["Fn::GetAtt"]?.string {
      return String(text.split(separator: ".").first ?? "")
    }
    return nil
  }

  /// The items of a list property (a single value counts as a list of one).
  static func items(_ node: TemplateNode?) -> [TemplateNode] {
    guard let node else { return [] }
    return node.array ?? [node]
  }

  /// The logical ids of every `Fn::GetAtt` anywhere inside a node (through `Fn::Select`,
  /// `Fn::Split` and the like).
  static func attributeTargets(in node: TemplateNode) -> Set<String> {
    var targets = Set<String>()
    if let target = target(of: node), node["Fn::GetAtt"] != nil { targets.insert(target) }
    for child in node.array ?? node.members?.map(\.value) ?? [] {
      targets.formUnion(attributeTargets(in: child))
    }
    return targets
  }

  /// A boolean property as CloudFormation reads it: true or false in any case, as a boolean or
  /// a string, or through parameters and conditions (`TemplateEvaluator`); nil when the
  /// template does not say (no property, a parameter without a default, an unknown condition).
  func boolean(_ node: TemplateNode?) -> Bool? {
    guard let node, let value = try? evaluator.value(node) else { return nil }
    switch value.text?.lowercased() {
    case "true": return true
    case "false": return false
    default: return nil
    }
  }

  /// A value with every `Fn::If` whose condition the template settles (through parameter
  /// defaults and literals) replaced by its branch; nil when a condition is not settled.
  func settled(_ node: TemplateNode) -> TemplateNode? {
    guard let branches = node["Fn::If"]?.array, branches.count == 3,
      let name = branches[0].string
    else { return node }
    guard let holds = condition(name) else { return nil }
    return settled(branches[holds ? 1 : 2])
  }

  /// The items of a list property with every `Fn::If` settled, on the list and on each item
  /// (`AWS::NoValue` items dropped); nil when a condition is not settled.
  func settledItems(_ node: TemplateNode?) -> [TemplateNode]? {
    guard let node else { return [] }
    guard let list = settled(node) else { return nil }
    var items: [TemplateNode] = []
    for item in Self.items(list) {
      guard let value = settled(item) else { return nil }
      if value["Ref"]?.string == "AWS::NoValue" { continue }
      items.append(value)
    }
    return items
  }

  /// Whether a named condition holds, when the template settles it (evaluated once, with the
  /// evaluator's three-valued logic; a circle of conditions settles nothing).
  func condition(_ name: String) -> Bool? {
    (try? evaluator.condition(name))?.known
  }
}
