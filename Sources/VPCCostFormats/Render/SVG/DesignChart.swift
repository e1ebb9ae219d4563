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
    drawLegend(&svg, geometry)
    return svg.document(title: title)
  }

  static func drawBar(
    _ svg: inout SVGWriter, _ geometry: ChartGeometry, _ design: DesignCost, x: Int, width: Int,
    recommended: Bool
  ) {
    svg.raw("<g id=\"bar-\(design.design.rawValue)\">")
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
          ("fill", ChartStyle.color(category)),
        ])
      base = base + amount
    }
    let center = "\(x + width / 2)"
    svg.element(
      "text",
      [
        ("x", center), ("y", SVGWriter.pixels(geometry.y(design.monthlyCost) - 80)),
        ("text-anchor", "middle"),
        ("font-weight", "bold"),
      ],
      text: design.monthlyCost.dollars)
    svg.element(
      "text", [("x", center), ("y", "\(geometry.bottom + 22)"), ("text-anchor", "middle")],
      text: design.design.rawValue)
    if recommended {
      svg.element(
        "text",
        [
          ("x", center), ("y", "\(geometry.bottom + 42)"), ("text-anchor", "middle"),
          ("fill", "#1e8449"),
          ("font-weight", "bold"),
        ],
        text: "recommended")
    }
    svg.raw("</g>")
  }

  static func drawLegend(_ svg: inout SVGWriter, _ geometry: ChartGeometry) {
    let x = geometry.right + 24
    svg.raw("<g id=\"legend\">")
    for (index, category) in ChargeCategory.allCases.enumerated() {
      let y = geometry.top + index * 28
      svg.element(
        "rect",
        [
          ("x", "\(x)"), ("y", "\(y)"), ("width", "18"), ("height", "18"),
          ("fill", ChartStyle.color(category)),
        ])
      svg.element(
        "text", [("x", "\(x + 26)"), ("y", "\(y + 9)"), ("dominant-baseline", "middle")],
        text: ChartStyle.label(category))
    }
    svg.raw("</g>")
  }
}
