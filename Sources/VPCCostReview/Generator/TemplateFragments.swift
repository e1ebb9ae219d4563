import VPCCostFormats

/// The small JSON shapes every generated template is made of.
enum TemplateFragments {
  /// `{"Ref": name}`.
  static func ref(_ name: String) -> JSONValue { .object([("Ref", .string(name))]) }

  /// `{"Fn::Sub": text}`.
  static func sub(_ text: String) -> JSONValue { .object([("Fn::Sub", .string(text))]) }

  /// A resource of a type with its properties.
  static func resource(_ type: String, _ properties: [(String, JSONValue)]) -> JSONValue {
    .object([("Type", .string(type)), ("Properties", .object(properties))])
  }

  /// A logical-id part for a service: `ecr.api` is `EcrApi`, `eks-auth` is `EksAuth`.
  static func logicalName(_ service: String) -> String {
    service.split(whereSeparator: { $0 == "." || $0 == "-" }).map {
      $0.prefix(1).uppercased() + $0.dropFirst()
    }.joined()
  }
}
