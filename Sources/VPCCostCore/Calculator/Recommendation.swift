/// The recommended design with the reasons for it in plain words.
package struct Recommendation: Hashable, Sendable {
  /// Which design wins, and against what.
  package let choice: RecommendationChoice
  /// Why, in plain words: what costs dominate, what would change the answer.
  package let reasons: [String]
}
