import VPCCostCore

/// The CSV columns of one priced design, shared by `compare --format csv` and `batch`.
package enum DesignCSV {
  /// The columns of a design row, after any leading columns (batch puts `name` first).
  package static let designColumns = [
    "design", "technology", "layout", "region", "azs", "services", "gb_per_month", "invocations",
    "vpcs", "hourly_cost", "data_cost", "cross_az_cost", "public_ipv4_cost", "internet_egress_cost",
    "monthly_cost", "currency", "feasible", "recommended", "price_table_date",
  ]

  /// The columns of a line-item row (`--csv-detail`).
  package static let detailColumns = [
    "design", "technology", "layout", "region", "azs", "services", "gb_per_month", "invocations",
    "vpcs", "line_item", "description", "quantity", "unit", "unit_price", "cost", "currency",
    "recommended", "price_table_date",
  ]

  /// Writes the cells of one design row (without ending the row); `workloadCells`, when given,
  /// are the workload's cells already written (a batch writes them once for five rows).
  package static func writeDesign(
    _ design: DesignTotals, workload: Workload, table: PriceTable, recommended: DesignID,
    workloadCells: CSVWriter? = nil, to writer: inout CSVWriter
  ) {
    writer.rawCells(identityCells[design.design.index])
    if let workloadCells {
      writer.cells(workloadCells)
    } else {
      writeWorkloadCells(workload, to: &writer)
    }
    writer.cents(design.hourly)
    writer.cents(design.data)
    writer.cents(design.crossAZ)
    writer.cents(design.publicIPv4)
    writer.cents(design.internetEgress)
    writer.cents(design.monthlyCost)
    writer.text(table.currency)
    writer.boolean(design.isFeasible)
    writer.boolean(design.design == recommended)
    writer.text(table.effectiveDate)
  }

  /// Each design's id, technology and layout cells, by `DesignID.index`.
  static let identityCells: [[UInt8]] = DesignID.allCases.map { design in
    Array("\(design.rawValue),\(design.technology.rawValue),\(design.layout.rawValue)".utf8)
  }

  /// Writes one row per line item of a design, each ended.
  package static func writeLineItems(
    _ design: DesignCost, workload: Workload, table: PriceTable, recommended: DesignID,
    to writer: inout CSVWriter
  ) {
    for item in design.lineItems {
      writeIdentity(design, workload: workload, to: &writer)
      writer.text(item.id.rawValue)
      writer.text(item.description)
      writer.quantity(item.quantity)
      writer.text(item.unit)
      if let price = item.unitPrice { writer.number(price.decimalString) } else { writer.empty() }
      writer.cents(item.cost)
      writer.text(table.currency)
      writer.boolean(design.design == recommended)
      writer.text(table.effectiveDate)
      writer.endRow()
    }
  }

  /// The design and workload cells every row starts with.
  static func writeIdentity(_ design: DesignCost, workload: Workload, to writer: inout CSVWriter) {
    writer.rawCells(identityCells[design.design.index])
    writeWorkloadCells(workload, to: &writer)
  }

  /// The workload's region, AZs, services, GB, invocations and VPCs; `servicesCell`, when
  /// given, is the services cell already written (a batch keeps the last one).
  package static func writeWorkloadCells(
    _ workload: Workload, servicesCell: [UInt8]? = nil, to writer: inout CSVWriter
  ) {
    writer.text(workload.region)
    writer.integer(Int128(workload.azs))
    if let servicesCell {
      writer.rawCells(servicesCell)
    } else {
      writer.text(Self.servicesCell(workload.services))
    }
    writer.quantity(workload.gbPerMonth)
    if let invocations = workload.invocations {
      writer.integer(invocations)
    } else {
      writer.empty()
    }
    writer.integer(Int128(workload.vpcs))
  }

  /// The services cell: the names joined by `;`, or the count.
  package static func servicesCell(_ services: ServiceSelection) -> String {
    services.names.isEmpty ? String(services.count) : services.names.joined(separator: ";")
  }
}
