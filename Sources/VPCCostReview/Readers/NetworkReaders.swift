import VPCCostFormats

/// The readers the review knows, asked in order which one takes a document.
package struct NetworkReaders: Sendable {
  /// The readers, in the order they are asked.
  package let readers: [any NetworkReader]

  /// The readers of this build: CloudFormation and SAM templates.
  package static let standard = NetworkReaders(readers: [CloudFormationReader()])

  /// The first reader that accepts the document, or nil when none does.
  package func reader(for document: TemplateNode) -> (any NetworkReader)? {
    readers.first { $0.accepts(document) }
  }

  /// What the readers read, for the message that refuses a document none of them takes
  /// ("a CloudFormation or SAM template").
  package var sourceNames: String {
    readers.map(\.sourceName).joined(separator: " or ")
  }
}
