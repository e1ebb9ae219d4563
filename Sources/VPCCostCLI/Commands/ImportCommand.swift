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
    // One import at a time in a folder: a second one exits 75 at once, before it reads.
    let lock: FolderLock
    do { lock = try FolderLock(folder: folder, wait: false) } catch {
      throw .output(
        error.code == FolderLock.heldElsewhere
          ? OutputError(
            path: folder,
            reason:
              "another vpccost prices import is writing its tables; run this one when it ends",
            kind: .busy)
          : OutputError(path: folder, error))
    }
    defer { withExtendedLifetime(lock) {} }
    do { try PriceFolderJournal.finish(folder) } catch {
      throw .output(OutputError(path: folder, error))
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
    for table in plan.tables where FileSystem.isReadOnly(table.path) {
      throw .output(OutputError(path: table.path, reason: "the file exists and is read-only"))
    }
    do {
      try PriceFolderJournal.write(
        plan.tables.map { (OutputTarget.name(of: $0.path), Array($0.text.utf8)) }, in: folder)
    } catch {
      throw .output(OutputError(path: folder, error, kind: .writeFailed))
    }
    let checked = offerImport.regionCount
    let written = plan.tables.count
    return try .text(
      plan.report.isEmpty
        ? "no prices changed (\(checked) region\(checked == 1 ? "" : "s") checked)\n"
        : plan.report + "\(written) table\(written == 1 ? "" : "s") written in \(folder)\n")
  }
}
