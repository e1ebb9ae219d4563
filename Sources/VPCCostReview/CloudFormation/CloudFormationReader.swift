import VPCCostFormats

/// The reader of CloudFormation and SAM templates, for the reader registry.
struct CloudFormationReader: NetworkReader {
  var sourceName: String { "a CloudFormation or SAM template" }

  /// A template is a mapping with `Resources` (even an empty one) or a format version.
  func accepts(_ document: TemplateNode) -> Bool {
    document.members != nil
      && (document["Resources"] != nil || document["AWSTemplateFormatVersion"] != nil)
  }

  func network(from document: TemplateNode, context: EvaluationContext) throws(NetworkReadError)
    -> NetworkModel
  {
    let network = CloudFormationNetworkReader.read(document, context: context)
    // CloudFormation rejects a template whose conditions refer to each other in a circle.
    let evaluator = TemplateEvaluator(document, context: context)
    for (name, _) in document["Conditions"]?.members ?? [] {
      do { _ = try evaluator.condition(name) } catch { throw NetworkReadError(error.description) }
    }
    return network
  }

  func parameterNames(of document: TemplateNode) -> [String] {
    document["Parameters"]?.members?.map(\.key) ?? []
  }
}
