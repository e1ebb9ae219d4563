/// Why CloudFormation itself would reject a template: the review cannot read it either (exit 65
/// with the place).
package enum TemplateEvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Conditions that refer to each other in a circle, in the order followed.
  case conditionCycle([String])
  /// `Fn::Select` with a known index outside a known list, at a line.
  case selectOutOfRange(index: Int, count: Int, line: Int)
  /// Values nested deeper than vpccost follows (a guard against hostile input), at a line.
  case tooDeep(line: Int)

  /// One line for the user.
  package var description: String {
    switch self {
    case .conditionCycle(let names):
      return
        "the conditions \(names.joined(separator: " -> ")) refer to each other in a circle, which CloudFormation rejects"
    case .selectOutOfRange(let index, let count, let line):
      return
        "line \(line): Fn::Select takes item \(index) of a list of \(count), which CloudFormation rejects"
    case .tooDeep(let line):
      return "line \(line): intrinsic functions nested more than \(TemplateEvaluator.maxDepth) deep"
    }
  }
}
