/// Finds the known word closest to a mistyped one, for "did you mean ...?" hints.
package enum ClosestMatch {
  /// The longest word a suggestion is looked for, in bytes.
  package static let maxLength = 100

  /// The candidate with the smallest edit distance to `word`, if it is close enough to be a typo.
  package static func suggestion(for word: String, among candidates: [String]) -> String? {
    // A typo is short: past `maxLength` bytes no candidate is near, and the distance would cost
    // time in proportion to the length (a 100 MB column name took 98 s and 1.85 GB).
    guard word.utf8.count <= maxLength else { return nil }
    let typed = Array(word.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(typed, Array(candidate.lowercased()))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(2, min(typed.count, best.candidate.count) / 3)
    return best.distance <= allowed ? best.candidate : nil
  }

  /// Levenshtein distance with adjacent transpositions counted as one edit.
  static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var previousPrevious = [Int](repeating: 0, count: rhs.count + 1)
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for i in 1...lhs.count {
      current[0] = i
      for j in 1...rhs.count {
        let substitution = previous[j - 1] + (lhs[i - 1] == rhs[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[rhs.count]
  }
}
