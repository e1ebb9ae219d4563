import VPCCostCore

/// Draws a comparison as a bar chart: one bar per design, stacked by kind of charge, in SVG.
public enum DesignChart {
  static let width = 960
  static let height = 560
  static let legendWidth = 260

  /// The whole SVG document.
  public static func render(_ comparison: Comparison) -> String {
    let maximum = comparison.designs.map(\.monthlyCost).max() ?? .zero
    let yTicks = Ticks.linear(upTo: maximum.units, scale: Money.scale).map(Money.init(units:))
    let geometry = ChartGeometry(
      width: width, height: height, legendWidth: legendWidth, yMaximum: yTicks.last ?? maximum)
    let workload = comparison.workload
    let title =
      "Monthly cost by design: \(workload.region), \(workload.azs) AZ\(workload.azs == 1 ? "" : "s"), \(workload.services.summary), \(workload.gbPerMonth.display(places: 2)) GB a month"
    var svg = SVGWriter(width: width, height: height)
    svg.element(
      "text", [("x", "24"), ("y", "34"), ("font-size", "20"), ("font-weight", "bold")], text: title)
    svg.element(
      "text", [("x", "24"), ("y", "58"), ("fill", "#555555")],
      text:
        "Prices effective \(comparison.priceTable.effectiveDate) (\(comparison.priceTable.currency), on-demand). Recommended: \(comparison.recommendation.choice.design.rawValue)."
    )
    // A hatch for the designs the workload rules out (pure PrivateLink with internet traffic).
    svg.raw(
      "<defs><pattern id=\"ruled-out\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#999999\" stroke-width=\"3\"/></pattern></defs>"
    )
    SweepChart.drawYAxis(&svg, geometry, yTicks)
    let slot = (geometry.right - geometry.left) / comparison.designs.count
    for (index, design) in comparison.designs.enumerated() {
      drawBar(
        &svg, geometry, design, x: geometry.left + index * slot + slot / 6, width: slot * 2 / 3,
        recommended: design.design == comparison.recommendation.choice.design)
    }
    svg.element(
      "line",
      [
        ("x1", "\(geometry.left)"), ("x2", "\(geometry.right)"), ("y1", "\(geometry.bottom)"),
        ("y2", "\(geometry.bottom)"), ("stroke", "#333333"),
      ])
    let present = ChargeCategory.allCases.filter { category in
      comparison.designs.contains { $0.cost(of: category) > .zero }
    }
    drawLegend(
      &svg, geometry, categories: present,
      ruledOut: comparison.designs.contains { !$0.isFeasible })
    return svg.document(title: title)
  }

  static func drawBar(
    _ svg: inout SVGWriter, _ geometry: ChartGeometry, _ design: DesignCost, x: Int, width: Int,
    recommended: Bool
  ) {
    svg.raw(
      "<g id=\"bar-\(design.design.rawValue)\"\(design.isFeasible ? "" : " class=\"ruled-out\"")>")
    var base = Money.zero
    for category in ChargeCategory.allCases {
      let amount = design.cost(of: category)
      guard amount > .zero else { continue }
      let top = geometry.y(base + amount)
      let bottom = geometry.y(base)
      svg.element(
        "rect",
        [
          ("class", "segment-\(category.rawValue)"), ("x", "\(x)"), ("y", SVGWriter.pixels(top)),
          ("width", "\(width)"), ("height", SVGWriter.pixels(bottom - top)),
          ("fill", design.isFeasible ? ChartStyle.color(category) : "url(#ruled-out)"),
        ])
      base = base + amount
    }
    let center = "\(x + width / 2)"
    svg.element(
      "text",
      [
        ("x", center), ("y", SVGWriter.pixels(geometry.y(design.monthlyCost) - 80)),
        ("text-anchor", "middle"),
        ("font-weight", "bold"), ("fill", design.isFeasible ? "#111111" : "#777777"),
      ],
      text: design.monthlyCost.dollars)
    // The name on two lines (technology, layout) so that seven bars never overlap.
    let words = design.design.rawValue.split(separator: "-", maxSplits: 1).map(String.init)
    for (line, word) in words.enumerated() {
      svg.element(
        "text",
        [
          ("x", center), ("y", "\(geometry.bottom + 18 + line * 15)"), ("text-anchor", "middle"),
          ("font-size", "12"),
        ],
        text: line == 0 && words.count > 1 ? word + "-" : word)
    }
    let status: (String, String)? =
      !design.isFeasible
      ? ("not feasible", "#777777") : recommended ? ("recommended", "#1e8449") : nil
    if let (text, color) = status {
      svg.element(
        "text",
        [
          ("x", center), ("y", "\(geometry.bottom + 50)"), ("text-anchor", "middle"),
          ("fill", color), ("font-weight", "bold"), ("font-size", "12"),
        ],
        text: text)
    }
    svg.raw("</g>")
  }

  /// The legend: only the kinds of charge some bar has, and the hatch when a bar is ruled out.
  static func drawLegend(
    _ svg: inout SVGWriter, _ geometry: ChartGeometry, categories: [ChargeCategory],
    ruledOut: Bool
  ) {
    let x = geometry.right + 24
    svg.raw("<g id=\"legend\">")
    var entries = categories.map { (ChartStyle.color($0), ChartStyle.label($0)) }
    if ruledOut { entries.append(("url(#ruled-out)", "Not feasible for this workload")) }
    for (index, (fill, label)) in entries.enumerated() {
      let y = geometry.top + index * 28
      svg.element(
        "rect",
        [("x", "\(x)"), ("y", "\(y)"), ("width", "18"), ("height", "18"), ("fill", fill)])
      svg.element(
        "text", [("x", "\(x + 26)"), ("y", "\(y + 9)"), ("dominant-baseline", "middle")],
        text: label)
    }
    svg.raw("</g>")
  }
}
