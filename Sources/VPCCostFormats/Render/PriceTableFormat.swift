/// The formats of `prices show`: a table for people, or the price table itself as JSON.
package enum PriceTableFormat: String, Sendable, CaseIterable {
  case table
  case json
}
