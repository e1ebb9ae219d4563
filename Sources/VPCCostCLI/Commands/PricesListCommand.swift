import VPCCostCore
import VPCCostFormats

/// `vpccost prices list`: every region's main prices, one line each.
package struct PricesListCommand: Command {
  package init() {}

  static let format = CommonFlags.format(
    [.table, .csv, .json], help: "table (default), csv or json")

  package var name: String { "prices list" }
  package var summary: String { "every region's main prices, its date and confidence" }
  package var discussion: String {
    "One line per region: AZs, NAT per hour and per GB, endpoint per AZ-hour, date, confidence."
  }
  package var usage: [String] { ["prices list [--format table|csv|json] [--prices PATH]"] }
  package var flags: [FlagSpec] { [Self.format.spec, CommonFlags.prices.spec] }

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try invocation.expectNoPositionals(for: name)
    let format = try invocation.flags.value(of: Self.format) ?? .table
    let catalog = try CommonFlags.catalog(invocation.flags)
    var tables: [PriceTable] = []
    for region in catalog.regions {
      do { tables.append(try catalog.table(for: region)) } catch { throw .priceTable(error) }
    }
    return try .bytes(PriceListRenderer.list(tables, format: format))
  }
}
