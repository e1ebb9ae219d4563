/// The recommended design with the reasons for it in plain words.
public struct Recommendation: Hashable, Sendable {
  /// Which design wins, and against what.
  public let choice: RecommendationChoice
  /// Why, in plain words: what costs dominate, what would change the answer.
  public let reasons: [String]
}
