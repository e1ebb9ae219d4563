/// Says when a table's prices are old enough that a user should refresh them.
package enum PriceFreshness {
  /// Tables older than this many days get a note.
  package static let staleAfterDays = 180

  /// A one-line note when the table is stale on `today` (days since 1970), else nil.
  package static func note(for table: PriceTable, today: Int) -> String? {
    guard let effective = CalendarDate.dayNumber(table.effectiveDate) else { return nil }
    let age = today - effective
    guard age > staleAfterDays else { return nil }
    return
      "the \(table.region) prices are \(age) days old (effective \(table.effectiveDate)); refresh them with 'vpccost prices import' (see docs/prices.md)"
  }

  /// A one-line note naming the unverified figures of a table read with `--prices`, else nil.
  package static func unverifiedNote(for table: PriceTable) -> String? {
    guard !table.origin.hasPrefix("embedded:") else { return nil }
    if table.confidence == .unverified {
      return "every price in \(table.origin) is marked unverified"
    }
    guard !table.unverified.isEmpty else { return nil }
    return
      "\(table.origin) marks these figures unverified: \(table.unverified.keys.sorted().joined(separator: ", "))"
  }
}
