/// The formats of `prices list`: a table for people, CSV and JSON for programs.
package enum PriceListFormat: String, Sendable, CaseIterable {
  case table
  case csv
  case json
}
