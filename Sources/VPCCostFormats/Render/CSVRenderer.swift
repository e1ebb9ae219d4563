import VPCCostCore

/// Renders a comparison as RFC 4180 CSV: one row per design, or one per line item.
public enum CSVRenderer {
  /// The CSV text of a comparison.
  public static func render(_ comparison: Comparison, detail: Bool) -> [UInt8] {
    var writer = CSVWriter()
    writer.row(detail ? DesignCSV.detailColumns : DesignCSV.designColumns)
    let recommended = comparison.recommendation.choice.design
    for design in comparison.designs {
      if detail {
        DesignCSV.writeLineItems(
          design, workload: comparison.workload, table: comparison.priceTable,
          recommended: recommended, to: &writer)
      } else {
        DesignCSV.writeDesign(
          DesignTotals(design), workload: comparison.workload, table: comparison.priceTable,
          recommended: recommended, to: &writer)
        writer.endRow()
      }
    }
    return writer.take()
  }
}
