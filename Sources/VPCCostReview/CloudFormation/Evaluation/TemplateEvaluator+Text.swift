import VPCCostCore
import VPCCostFormats

extension TemplateEvaluator {
  /// The value of `Fn::Sub`, in both of its forms.
  ///
  /// The forms are `'text ${Name}'` and `['text ${Var}', {Var: value}]`. Names are the
  /// variables given, then parameters, pseudo parameters and resources (`${Resource}`,
  /// `${Resource.Attribute}`); `${!Literal}` stands for `${Literal}`.
  func substitute(_ argument: TemplateNode, line: Int, depth: Int)
    throws(TemplateEvaluationError) -> TemplateValue
  {
    let template: String
    var variables: [String: TemplateValue] = [:]
    if let text = argument.string {
      template = text
    } else if let items = argument.array, items.count == 2, let text = items[0].string {
      template = text
      for (name, node) in items[1].members ?? [] { variables[name] = try value(node, depth: depth) }
    } else {
      return .unknown(.malformed("Fn::Sub needs a string, or a string and a map, at line \(line)"))
    }
    var pieces: [TemplateValue] = []
    var rest = Substring(template)
    while let start = rest.firstRange(of: "${") {
      pieces.append(.text(String(rest[..<start.lowerBound])))
      guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
        pieces.append(.text(String(rest[start.lowerBound...])))
        rest = ""
        break
      }
      let name = String(rest[start.upperBound..<end])
      if name.hasPrefix("!") {
        pieces.append(.text("${" + name.dropFirst() + "}"))
      } else {
        pieces.append(variables[name] ?? subVariable(String(name.trimmingASCIIWhitespace)))
      }
      rest = rest[rest.index(after: end)...]
    }
    pieces.append(.text(String(rest)))
    return Self.pieced(pieces)
  }

  /// A name of `Fn::Sub` without a variable: `Ref` semantics, or `Fn::GetAtt` with a dot.
  private func subVariable(_ name: String) -> TemplateValue {
    if !name.hasPrefix("AWS::"), let dot = name.firstIndex(of: ".") {
      let resource = String(name[..<dot])
      guard case .reference = reference(resource) else {
        return .unknown(.malformed("${\(name)} names nothing the template defines"))
      }
      return .reference(resource, attribute: String(name[name.index(after: dot)...]))
    }
    return reference(name)
  }

  /// `Fn::Join` of a list with a delimiter: text when every item is known text, pieces
  /// otherwise; a list that is not known stays joined, so that `Fn::Split` can undo it.
  static func join(_ list: TemplateValue, with delimiter: TemplateValue) -> TemplateValue {
    guard let separator = delimiter.text else { return .unknown(reason(delimiter)) }
    switch list {
    case .list(let items):
      var pieces: [TemplateValue] = []
      for (index, item) in items.enumerated() {
        if index > 0 { pieces.append(.text(separator)) }
        pieces.append(item)
      }
      return pieced(pieces)
    case .oneOf(let options, let condition):
      return .oneOf(options.map { join($0, with: delimiter) }, condition: condition)
    case .text, .map, .noValue:
      return .unknown(.malformed("Fn::Join of something that is not a list"))
    default:
      return .joined(list, delimiter: separator)
    }
  }

  /// `Fn::Split` of text (or of pieces, splitting only their text) by a delimiter.
  static func split(_ source: TemplateValue, by delimiter: TemplateValue) -> TemplateValue {
    guard let separator = delimiter.text, !separator.isEmpty else {
      return .unknown(reason(delimiter))
    }
    switch source {
    case .text(let text):
      return .list(
        text.split(separator: separator, omittingEmptySubsequences: false).map {
          .text(String($0))
        })
    case .composite(let pieces): return splitPieces(pieces, by: separator)
    case .joined(let inner, let joinedWith) where joinedWith == separator: return inner
    case .oneOf(let options, let condition):
      return .oneOf(options.map { split($0, by: delimiter) }, condition: condition)
    default: return .unknown(reason(source))
    }
  }

  /// Splits pieces at the delimiter in their text; a symbolic piece stays whole in its item.
  private static func splitPieces(_ pieces: [TemplateValue], by separator: String)
    -> TemplateValue
  {
    var items: [TemplateValue] = []
    var current: [TemplateValue] = []
    for piece in pieces {
      guard case .text(let text) = piece else {
        current.append(piece)
        continue
      }
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated() {
        if index > 0 {
          items.append(pieced(current))
          current = []
        }
        current.append(.text(String(part)))
      }
    }
    items.append(pieced(current))
    return .list(items)
  }

  /// Pieces as one value: text when all are text, the one symbolic value when it stands alone,
  /// else pieces with adjacent text merged (a `Fn::Join` of pieces flattens into them).
  static func pieced(_ pieces: [TemplateValue]) -> TemplateValue {
    var merged: [TemplateValue] = []
    for piece in pieces.flatMap(flattened) {
      if case .text(let text) = piece, text.isEmpty { continue }
      if case .text(let text) = piece, case .text(let before)? = merged.last {
        merged[merged.count - 1] = .text(before + text)
      } else {
        merged.append(piece)
      }
    }
    switch merged.count {
    case 0: return .text("")
    case 1: return merged[0]
    default: return .composite(merged)
    }
  }

  private static func flattened(_ piece: TemplateValue) -> [TemplateValue] {
    if case .composite(let inner) = piece { return inner }
    return [piece]
  }
}
