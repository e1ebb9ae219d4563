import VPCCostCore

/// A YAML node as written: a scalar with its style, a sequence or a mapping, with an optional
/// tag and the line and column where it starts.
package indirect enum YAMLNode: Sendable {
  /// How a scalar was written: plain scalars get types, the others are strings.
  package enum Style: Sendable {
    case plain, quoted, block
  }

  case scalar(String, Style, tag: String?, line: Int, column: Int)
  case sequence([YAMLNode], tag: String?, line: Int, column: Int)
  case mapping(
    [(key: String, keyStyle: Style, keyLine: Int, value: YAMLNode)], tag: String?, line: Int,
    column: Int)

  /// Where the node starts.
  package var line: Int {
    switch self {
    case .scalar(_, _, _, let line, _), .sequence(_, _, let line, _), .mapping(_, _, let line, _):
      return line
    }
  }

  /// The node's tag, if any.
  var tag: String? {
    switch self {
    case .scalar(_, _, let tag, _, _), .sequence(_, let tag, _, _), .mapping(_, let tag, _, _):
      return tag
    }
  }

  /// The same node with a tag.
  func tagged(_ tag: String) -> YAMLNode {
    switch self {
    case .scalar(let text, let style, _, let line, let column):
      return .scalar(text, style, tag: tag, line: line, column: column)
    case .sequence(let items, _, let line, let column):
      return .sequence(items, tag: tag, line: line, column: column)
    case .mapping(let pairs, _, let line, let column):
      return .mapping(pairs, tag: tag, line: line, column: column)
    }
  }
}
