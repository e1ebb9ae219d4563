import VPCCostCore

/// What an offer file says about itself.
package struct OfferMetadata: Sendable {
  /// `AmazonEC2`, `AmazonVPC` or `AWSDataTransfer` (others are not read).
  package var offerCode = ""
  /// The offer's version, such as `20251028175455`.
  package var version = ""
  /// When it was published, such as `2025-10-28T17:54:55Z`.
  package var publicationDate = ""
}
