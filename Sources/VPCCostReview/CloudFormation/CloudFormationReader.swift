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
    try CloudFormationNetworkReader.readChecked(document, context: context)
  }

  func parameterNames(of document: TemplateNode) -> [String] {
    document["Parameters"]?.members?.map(\.key) ?? []
  }
}
