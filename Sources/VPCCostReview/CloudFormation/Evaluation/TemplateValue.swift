/// What a CloudFormation value evaluates to, as far as the template shows it.
///
/// A value is known (text, a list, a map), symbolic (a resource of the template, the Nth AZ of
/// the region), pieced together from known and symbolic parts (`Fn::Sub`, `Fn::Join`), one of
/// a set (an `Fn::If` whose condition is not known), removed (`AWS::NoValue`), or unknown with
/// the reason. Nothing unknown is ever turned into a number or a name.
package indirect enum TemplateValue: Hashable, Sendable {
  /// A scalar as CloudFormation passes it: text (numbers and booleans included).
  case text(String)
  /// A list.
  case list([TemplateValue])
  /// A mapping, in the template's order.
  case map([TemplateMember])
  /// A resource of the template: `!Ref R` (attribute nil) or `!GetAtt R.Attribute`.
  case reference(String, attribute: String?)
  /// The AZ at an index of the region's list (`!Select [i, !GetAZs '']`): distinct from the AZs
  /// at other indexes, though its name may not be known.
  case zone(Int)
  /// The region's AZs (`!GetAZs`), with their number when the region's table gives it.
  case zones(count: Int?)
  /// Text pieced together from known text and symbolic values (`!Sub '${Subnet},x'`).
  case composite([TemplateValue])
  /// A list that is not known, joined with a delimiter (`!Join [',', !Ref ListParameter]`):
  /// splitting it again by the same delimiter gives the list back.
  case joined(TemplateValue, delimiter: String)
  /// One of several values: the branches of an `Fn::If` whose condition is not known.
  case oneOf([TemplateValue], condition: String)
  /// `AWS::NoValue`: the property is as if it were not there.
  case noValue
  /// Not known before deployment, and why.
  case unknown(UnknownReason)

  /// The text, when the value is known text.
  package var text: String? {
    if case .text(let text) = self { return text }
    return nil
  }

  /// The items, when the value is a known list.
  package var items: [TemplateValue]? {
    if case .list(let items) = self { return items }
    return nil
  }

  /// The value of a key, when the value is a known map.
  package subscript(key: String) -> TemplateValue? {
    guard case .map(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// Whether every part of the value is known (no reference, AZ, alternative or unknown).
  package var isLiteral: Bool {
    switch self {
    case .text: return true
    case .list(let items): return items.allSatisfy(\.isLiteral)
    case .map(let members): return members.allSatisfy(\.value.isLiteral)
    default: return false
    }
  }
}

/// One member of a mapping value.
package struct TemplateMember: Hashable, Sendable {
  /// The key.
  package let key: String
  /// Its value.
  package let value: TemplateValue

  /// A member.
  package init(key: String, value: TemplateValue) {
    self.key = key
    self.value = value
  }
}
