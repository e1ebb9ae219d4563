import VPCCostCore
import VPCCostFormats

/// `vpccost prices list`: every region's main prices, one line each.
package struct PricesListCommand: Command {
  package let info = CommandInfo(
    name: "prices list",
    summary: "every region's main prices, its date and confidence",
    usage: ["prices list [--format table|csv|json] [--prices PATH]"],
    discussion:
      "One line per region: AZs, NAT per hour and per GB, endpoint per AZ-hour, date, confidence.",
    flags: [PricesListCommand.format, CommonFlags.prices])

  static let format = CommonFlags.format(
    PriceListFormat.self, help: "table (default), csv or json")

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try invocation.expectNoPositionals(for: name)
    let format = try invocation.flags.value(of: Self.format) ?? .table
    let catalog = try CommonFlags.catalog(invocation.flags, invocation.environment)
    var tables: [PriceTable] = []
    for region in catalog.regions {
      do { tables.append(try catalog.table(for: region)) } catch { throw .priceTable(error) }
    }
    return try .bytes(PriceListRenderer.list(tables, format: format))
  }
}
