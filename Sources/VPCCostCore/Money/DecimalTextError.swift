/// Why decimal text could not become an exact fixed-point value.
public enum DecimalTextError: Error, Equatable, Sendable {
  /// The text is not a decimal number (empty, letters, `NaN`, `inf`, two dots, ...).
  case malformed
  /// The text has more significant decimals than the value's scale can hold exactly.
  case tooPrecise
  /// The value is larger than vpccost can compute with.
  case outOfRange
}
