import VPCCostCore
import VPCCostFormats

/// `vpccost prices show REGION`: every price of one region with its unit and confidence.
package struct PricesShowCommand: Command {
  package let info = CommandInfo(
    name: "prices show",
    summary: "every price of one region with its unit and confidence",
    usage: ["prices show REGION [--format table|json] [--prices PATH]"],
    flags: [PricesShowCommand.format, CommonFlags.prices])

  static let format = CommonFlags.format(
    PriceTableFormat.self, help: "table (default) or json")

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let region = try invocation.onePositional(
      "REGION", for: name,
      missing: "prices show needs one REGION, such as vpccost prices show eu-west-1")
    let format = try invocation.flags.value(of: Self.format) ?? .table
    let catalog = try CommonFlags.catalog(invocation.flags, invocation.environment)
    let table: PriceTable
    do { table = try catalog.table(for: region) } catch { throw .priceTable(error) }
    return try .bytes(PriceListRenderer.show(table, format: format))
  }
}
