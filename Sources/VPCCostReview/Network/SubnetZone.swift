/// The AZ of a subnet, as far as the source shows it.
///
/// Two subnets are in the same AZ only when their zones are equal; an assumed zone is the
/// subnet's own, so distinct subnets whose AZ is not shown count as distinct AZs (the review
/// says so as an assumption).
enum SubnetZone: Hashable, Sendable {
  /// A named AZ such as `us-east-1a`: known.
  case named(String)
  /// The Nth AZ of the region (`!Select [N, !GetAZs '']`): derived, distinct from other indexes.
  case index(String)
  /// Not shown: taken to be the AZ of this subnet (by id, parameter or literal) alone.
  case assumed(String)

  /// Whether the source shows the AZ (named or derived), rather than it being assumed.
  var isKnown: Bool {
    if case .assumed = self { return false }
    return true
  }
}
