import VPCCostFormats

/// A reader of one source of networks: it recognises its documents by their content and
/// fills the source-neutral `NetworkModel` from them.
///
/// Documents arrive as trees (`TemplateNode`, from YAML or JSON); the review and its checks
/// see only the model. `NetworkReaders.standard` lists the readers; the first that accepts a
/// document reads it.
package protocol NetworkReader: Sendable {
  /// What the reader reads, for messages ("a CloudFormation or SAM template").
  var sourceName: String { get }
  /// Whether the document is one this reader reads, judged by its content alone.
  func accepts(_ document: TemplateNode) -> Bool
  /// The network the document describes, with the values the user gave for its parameters and
  /// what is known of where it is deployed.
  func network(from document: TemplateNode, context: EvaluationContext) throws(NetworkReadError)
    -> NetworkModel
  /// The names of the document's parameters (the values a user may give), in its order.
  func parameterNames(of document: TemplateNode) -> [String]
}
