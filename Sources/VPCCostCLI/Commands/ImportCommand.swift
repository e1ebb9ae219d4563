import VPCCostCore
import VPCCostFormats

/// `vpccost prices import FILE ... --output-dir DIR`: refreshes price tables from AWS Price List
/// offer files, streaming, and prints every figure that changed.
///
/// Nothing in DIR changes unless every file was read and every table validates.
package struct ImportCommand: Command {
  package let info = CommandInfo(
    name: "prices import",
    summary: "refresh the tables from AWS Price List offer files",
    usage: ["prices import OFFER-FILE ... --output-dir DIR"],
    discussion: """
      Reads AWS Price List offer files (AmazonEC2, AmazonVPC, AWSDataTransfer; JSON or CSV,
      recognised by content), streaming, and writes or updates one table per region in DIR,
      printing each price that changed. Run it on PriceTables/ and then
      'swift run generate-embedded-tables' to refresh the embedded prices.
      """,
    flags: [ImportCommand.outputDir])

  static let outputDir = Flag<String>(
    "--output-dir", value: "DIR", "the folder of <region>.json tables to write or update")

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    guard !invocation.positionals.isEmpty else {
      throw .usage("prices import needs one or more offer files (AWS Price List JSON or CSV)")
    }
    guard let folder = try invocation.flags.value(of: Self.outputDir) else {
      throw .usage(
        "prices import needs --output-dir DIR (PriceTables to refresh the embedded prices)")
    }
    guard FileSystem.isFolder(folder) else {
      throw .output(OutputError(path: folder, reason: "the folder does not exist"))
    }
    var offerImport = OfferImport()
    for path in invocation.positionals {
      let progress = ImportProgress(name: path)
      defer { progress.finish() }
      do { try offerImport.read(path, onChunk: progress.update) } catch { throw .input(error) }
    }
    guard !offerImport.isEmpty else {
      throw .input(
        .malformed(
          InputPosition(file: invocation.positionals.joined(separator: ", ")),
          "the offer files hold no NAT gateway, endpoint, public IPv4 or data transfer price"))
    }
    let plan: (tables: [OfferImport.TableText], report: String)
    do { plan = try offerImport.plan(folder: folder) } catch { throw CLIError(error) }
    do {
      try FileSet.write(plan.tables.map { ($0.path, $0.text) })
    } catch {
      throw .output(error)
    }
    let checked = offerImport.regionCount
    let written = plan.tables.count
    return try .text(
      plan.report.isEmpty
        ? "no prices changed (\(checked) region\(checked == 1 ? "" : "s") checked)\n"
        : plan.report + "\(written) table\(written == 1 ? "" : "s") written in \(folder)\n")
  }
}
