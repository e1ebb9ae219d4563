import VPCCostCore

/// Renders a comparison as RFC 4180 CSV: one row per design, or one per line item.
public enum CSVRenderer {
  /// The CSV text of a comparison.
  public static func render(_ comparison: Comparison, detail: Bool) -> [UInt8] {
    var writer = CSVWriter()
    writer.row(detail ? DesignCSV.detailColumns : DesignCSV.designColumns)
    let recommended = comparison.recommendation.choice.design
    guard !detail else {
      for design in comparison.designs {
        DesignCSV.writeLineItems(
          design, workload: comparison.workload, table: comparison.priceTable,
          recommended: recommended, to: &writer)
      }
      return writer.take()
    }
    var workloadCells = CSVWriter(capacity: 256)
    DesignCSV.writeWorkloadCells(comparison.workload, to: &workloadCells)
    DesignCSV.writeDesigns(
      comparison.designs.map(DesignTotals.init), recommended: recommended,
      workloadCells: workloadCells, table: comparison.priceTable, to: &writer)
    return writer.take()
  }
}
