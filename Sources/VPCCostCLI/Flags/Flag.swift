/// A flag that takes a value, with the parser that turns its text into a typed value.
///
/// Commands declare their flags as constants and read them back with
/// `ParsedFlags.value(of:)`, so a flag's name is written once and its value is checked where it
/// is declared.
package struct Flag<Value: Sendable>: Sendable {
  /// The flag as help shows it.
  package let spec: FlagSpec
  private let parser: @Sendable (String) throws(CLIError) -> Value

  /// A flag whose value is parsed by `parse`; its errors name the flag.
  package init(
    _ name: String, value valueName: String, _ help: String, repeatable: Bool = false,
    parse: @escaping @Sendable (String) throws(CLIError) -> Value
  ) {
    spec = FlagSpec(name, value: valueName, help, repeatable: repeatable)
    parser = parse
  }

  /// The typed value of the text given for this flag.
  package func parse(_ text: String) throws(CLIError) -> Value { try parser(text) }
}

extension Flag where Value == String {
  /// A flag whose value is used as typed (a path, a region, a workload value checked later).
  package init(_ name: String, value valueName: String, _ help: String) {
    self.init(name, value: valueName, help) { (text) throws(CLIError) -> String in text }
  }
}
