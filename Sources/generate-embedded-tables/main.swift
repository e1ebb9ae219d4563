import Foundation
import VPCCostCore
import VPCCostFormats

// Regenerates Sources/VPCCostCore/Pricing/EmbeddedPriceTables.swift from PriceTables/.
// Run from the package root: swift run generate-embedded-tables
do {
  let source = try EmbeddedTablesGenerator.source(fromFolder: "PriceTables")
  try Data(source.utf8).write(
    to: URL(fileURLWithPath: EmbeddedTablesGenerator.outputPath), options: .atomic)
  print("wrote \(EmbeddedTablesGenerator.outputPath)")
} catch {
  FileHandle.standardError.write(Data("generate-embedded-tables: \(error)\n".utf8))
  exit(65)
}
