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

  /// The cells of a price table that every row repeats: its region, currency and date, held
  /// in an arena.
  package struct TableCells {
    package let region: UnsafeBufferPointer<UInt8>
    package let currency: UnsafeBufferPointer<UInt8>
    package let date: UnsafeBufferPointer<UInt8>

    /// The cells of a table, quoted as text cells are, stored in `arena`.
    package init(_ table: PriceTable, in arena: CellArena) {
      region = arena.store(DesignCSV.textCell(table.region))
      currency = arena.store(DesignCSV.textCell(table.currency))
      date = arena.store(DesignCSV.textCell(table.effectiveDate))
    }
  }

  /// Writes design rows as `compare --format csv` does: no leading cells, the table's cells
  /// made for this call.
  package static func writeDesigns(
    _ designs: [DesignTotals], recommended: DesignID, workloadCells: CSVWriter,
    table: PriceTable, to writer: inout CSVWriter
  ) {
    let arena = CellArena()
    let cells = TableCells(table, in: arena)
    designs.withUnsafeBufferPointer { designs in
      writeDesigns(
        designs, recommended: recommended, leading: nil, workloadCells: workloadCells.unsafeBytes,
        table: cells, to: &writer)
    }
    withExtendedLifetime((arena, workloadCells)) {}
  }

  /// Writes design rows, each ended: `leading`'s cells first when given (a batch's name), then
  /// the design's id, technology and layout, the workload's cells (written once for all the
  /// rows), the costs in cents, the currency, feasible, recommended and the table's date.
  ///
  /// The rows go straight into the writer's buffer: a batch writes millions of them.
  /// Every cell is read through a pointer: nothing is retained per row.
  package static func writeDesigns(
    _ designs: UnsafeBufferPointer<DesignTotals>, recommended: DesignID,
    leading: UnsafeBufferPointer<UInt8>?, workloadCells: UnsafeBufferPointer<UInt8>,
    table: TableCells, to writer: inout CSVWriter
  ) {
    let fixed =
      (leading?.count ?? 0) + workloadCells.count + table.currency.count + table.date.count
    let identityCells = Self.identityCells
    let trueCell = Self.trueCell
    let falseCell = Self.falseCell
    let zero = CentsCellMemo.zeroCell
    writer.withRows(room: designs.count * (fixed + Self.designRowRoom)) { cursor in
      // One memo per cents column: a workload's designs repeat many amounts.
      var hourly = CentsCellMemo(zero: zero)
      var data = CentsCellMemo(zero: zero)
      var crossAZ = CentsCellMemo(zero: zero)
      var publicIPv4 = CentsCellMemo(zero: zero)
      var internetEgress = CentsCellMemo(zero: zero)
      var monthly = CentsCellMemo(zero: zero)
      for design in designs {
        if let leading {
          cursor.put(leading)
          cursor.put(UInt8(ascii: ","))
        }
        cursor.put(identityCells[design.design.index])
        cursor.put(UInt8(ascii: ","))
        cursor.put(workloadCells)
        // One call each: an array of the six would be allocated for every row.
        hourly.put(design.hourly, &cursor)
        data.put(design.data, &cursor)
        crossAZ.put(design.crossAZ, &cursor)
        publicIPv4.put(design.publicIPv4, &cursor)
        internetEgress.put(design.internetEgress, &cursor)
        monthly.put(design.monthlyCost, &cursor)
        cursor.put(UInt8(ascii: ","))
        cursor.put(table.currency)
        cursor.put(UInt8(ascii: ","))
        cursor.put(design.isFeasible ? trueCell : falseCell)
        cursor.put(UInt8(ascii: ","))
        cursor.put(design.design == recommended ? trueCell : falseCell)
        cursor.put(UInt8(ascii: ","))
        cursor.put(table.date)
        cursor.put(UInt8(ascii: "\r"))
        cursor.put(UInt8(ascii: "\n"))
      }
    }
  }

  /// The room a design row takes besides its leading, workload, currency and date cells: its
  /// identity cell, six cents cells with their commas, the booleans and the separators.
  ///
  /// `ByteRoomTests.designRowsFitTheirRoom` holds it against the longest identity cell and
  /// `CSVWriter.centsRoom`; `ByteCursor` asserts it on every byte in debug builds.
  package static let designRowRoom = 256

  nonisolated(unsafe) private static let trueCell = CellArena.permanent.store(Array("true".utf8))
  nonisolated(unsafe) private static let falseCell = CellArena.permanent.store(Array("false".utf8))

  /// Each design's id cell, by `DesignID.index`.
  nonisolated(unsafe) package static let idCells = CellArena.permanent.store(
    DesignID.allCases.map { Array($0.rawValue.utf8) })

  /// Each design's id, technology and layout cells, by `DesignID.index`.
  nonisolated(unsafe) package static let identityCells = CellArena.permanent.store(
    DesignID.allCases.map { design in
      Array("\(design.rawValue),\(design.technology.rawValue),\(design.layout.rawValue)".utf8)
    })

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
  package static func writeWorkloadCells(_ workload: Workload, to writer: inout CSVWriter) {
    let region = textCell(workload.region)
    let services = textCell(Self.servicesCell(workload.services))
    region.withUnsafeBufferPointer { region in
      services.withUnsafeBufferPointer { services in
        writeWorkloadCells(workload, servicesCell: services, regionCell: region, to: &writer)
      }
    }
  }

  /// The workload's cells with its services and region cells already written (a batch keeps
  /// them).
  package static func writeWorkloadCells(
    _ workload: Workload, servicesCell services: UnsafeBufferPointer<UInt8>,
    regionCell region: UnsafeBufferPointer<UInt8>, to writer: inout CSVWriter
  ) {
    // The numbers: AZs and VPCs are small, invocations at most 10^15, GB at most 10^12.
    writer.withCells(room: region.count + services.count + 120) { cursor in
      cursor.put(region)
      cursor.put(UInt8(ascii: ","))
      cursor.putDigits(UInt64(workload.azs))
      cursor.put(UInt8(ascii: ","))
      cursor.put(services)
      cursor.put(UInt8(ascii: ","))
      cursor.putQuantity(workload.gbPerMonth)
      cursor.put(UInt8(ascii: ","))
      if let invocations = workload.invocations { cursor.putDigits(UInt64(invocations)) }
      cursor.put(UInt8(ascii: ","))
      cursor.putDigits(UInt64(workload.vpcs))
    }
  }

  /// A text cell's bytes, quoted and neutralised as the writer does.
  package static func textCell(_ text: String) -> [UInt8] {
    var cell = CSVWriter(capacity: text.utf8.count * 2 + 4)
    cell.text(text)
    return cell.bytes
  }

  /// The services cell: the names joined by `;`, or the count.
  package static func servicesCell(_ services: ServiceSelection) -> String {
    services.names.isEmpty ? String(services.count) : services.names.joined(separator: ";")
  }
}
