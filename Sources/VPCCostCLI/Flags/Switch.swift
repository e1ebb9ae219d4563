/// A flag without a value, such as `--summary`: given or not.
package struct Switch: Sendable {
  /// The flag as help shows it.
  package let spec: FlagSpec

  /// Creates a switch.
  package init(_ name: String, _ help: String) {
    spec = FlagSpec(name, value: nil, help)
  }
}
