import VPCCostCore

/// Draws a sweep as a line chart: one line per design, the break-even marked, in SVG.
package enum SweepChart {
  static let width = 960
  static let height = 560
  static let legendWidth = 250

  /// The whole SVG document.
  package static func render(_ sweep: SweepResult) -> String {
    let costs = sweep.points.flatMap { $0.costs.map(\.monthlyCost) }
    let (yTicks, yLog) = yAxisTicks(costs, logScale: sweep.range.scale == .log)
    let geometry = ChartGeometry(
      width: width, height: height, legendWidth: legendWidth, yMinimum: yTicks.first ?? .zero,
      yMaximum: yTicks.last ?? .zero, yLog: yLog)
    var svg = SVGWriter(width: width, height: height)
    let title =
      "Monthly cost by \(sweep.axis.titleNoun): \(sweep.base.region), \(sweep.base.azs) AZ\(sweep.base.azs == 1 ? "" : "s"), \(sweep.axis == .services ? "services varied" : sweep.base.services.summary)"
    svg.element(
      "text", [("x", "24"), ("y", "34"), ("font-size", "20"), ("font-weight", "bold")], text: title)
    svg.element(
      "text", [("x", "24"), ("y", "58"), ("fill", "#555555")],
      text:
        "Prices effective \(sweep.table.effectiveDate) (\(sweep.table.currency), on-demand); \(sweep.base.hours) hours a month; "
        + (sweep.axis == .vpcs
          ? "\(sweep.base.gbPerMonth.display(places: 2)) GB a month per VPC; break-even: hub against every VPC."
          : "break-even for the \(sweep.breakEven.layout.displayName) layouts.")
    )
    drawYAxis(&svg, geometry, yTicks)
    drawXAxis(&svg, geometry, sweep)
    for (index, design) in sweep.designs.enumerated() {
      drawLine(&svg, geometry, sweep, design: design, index: index)
    }
    if let crossing = sweep.crossing, crossing.value >= sweep.range.from,
      crossing.value <= sweep.range.to
    {
      drawBreakEven(&svg, geometry, sweep, crossing)
    }
    drawLegend(&svg, geometry, sweep)
    return svg.document(title: title)
  }

  /// The y ticks: 1-2-5 per decade from the decade below the cheapest cost (at least a
  /// dollar) on a log axis; 1-2-5 steps from zero on a linear one.
  static func yAxisTicks(_ costs: [Money], logScale: Bool) -> ([Money], Bool) {
    let maximum = costs.max() ?? .zero
    let dollar = DecimalText.tenToThe(Money.scale)
    let minimum = max(costs.min() ?? .zero, Money(units: dollar))
    if logScale && maximum.units > minimum.units * 10 {
      var bottom = dollar
      while bottom * 10 <= minimum.units { bottom *= 10 }
      var ticks = Ticks.logarithmic(from: bottom, to: maximum.units)
      if let last = ticks.last, last < maximum.units { ticks.append(Ticks.next125(after: last)) }
      return (ticks.map(Money.init(units:)), true)
    }
    return (Ticks.linear(upTo: maximum.units, scale: Money.scale).map(Money.init(units:)), false)
  }

  static func drawYAxis(_ svg: inout SVGWriter, _ geometry: ChartGeometry, _ ticks: [Money]) {
    let step = geometry.yLog ? ticks[0] : (ticks.count > 1 ? ticks[1] - ticks[0] : ticks[0])
    svg.raw("<g id=\"y-axis\">")
    for tick in ticks {
      let y = SVGWriter.pixels(geometry.y(tick))
      svg.element(
        "line",
        [
          ("x1", "\(geometry.left)"), ("x2", "\(geometry.right)"), ("y1", y), ("y2", y),
          ("stroke", "#e3e3e3"),
        ])
      svg.element(
        "text",
        [
          ("x", "\(geometry.left - 8)"), ("y", y), ("text-anchor", "end"),
          ("dominant-baseline", "middle"),
        ],
        text: Ticks.moneyLabel(tick, step: step))
    }
    let middle = (geometry.top + geometry.bottom) / 2
    svg.element(
      "text",
      [
        ("x", "22"), ("y", "\(middle)"), ("transform", "rotate(-90 22 \(middle))"),
        ("text-anchor", "middle"),
      ],
      text: "USD a month" + (geometry.yLog ? ", log scale" : ""))
    svg.raw("</g>")
  }

  static func drawXAxis(_ svg: inout SVGWriter, _ geometry: ChartGeometry, _ sweep: SweepResult) {
    let range = sweep.range
    let ticks: [Quantity]
    if range.scale == .log {
      ticks = Ticks.logarithmic(from: range.from.units, to: range.to.units).map(
        Quantity.init(units:))
    } else {
      let steps = Ticks.linear(upTo: (range.to - range.from).units, scale: Quantity.scale, most: 10)
      ticks = steps.map { range.from + Quantity(units: $0) }.filter { $0 <= range.to }
    }
    svg.raw("<g id=\"x-axis\">")
    svg.element(
      "line",
      [
        ("x1", "\(geometry.left)"), ("x2", "\(geometry.right)"), ("y1", "\(geometry.bottom)"),
        ("y2", "\(geometry.bottom)"), ("stroke", "#333333"),
      ])
    for tick in ticks {
      let x = SVGWriter.pixels(geometry.x(tick, from: range.from, to: range.to, scale: range.scale))
      svg.element(
        "line",
        [
          ("x1", x), ("x2", x), ("y1", "\(geometry.bottom)"), ("y2", "\(geometry.bottom + 6)"),
          ("stroke", "#333333"),
        ])
      svg.element(
        "text", [("x", x), ("y", "\(geometry.bottom + 22)"), ("text-anchor", "middle")],
        text: Ticks.compactLabel(tick))
    }
    svg.element(
      "text",
      [
        ("x", "\((geometry.left + geometry.right) / 2)"), ("y", "\(geometry.bottom + 50)"),
        ("text-anchor", "middle"),
      ],
      text: sweep.axis.label + (range.scale == .log ? ", log scale" : ""))
    svg.raw("</g>")
  }

  static func drawLine(
    _ svg: inout SVGWriter, _ geometry: ChartGeometry, _ sweep: SweepResult, design: DesignID,
    index: Int
  ) {
    let range = sweep.range
    let points = sweep.points.map { point in
      SVGWriter.pixels(geometry.x(point.value, from: range.from, to: range.to, scale: range.scale))
        + ","
        + SVGWriter.pixels(geometry.y(point.costs[index].monthlyCost))
    }
    var attributes = [
      ("id", "line-\(design.rawValue)"), ("class", "design-line"), ("fill", "none"),
      ("stroke", ChartStyle.color(design)), ("stroke-width", "2.5"),
      ("points", points.joined(separator: " ")),
    ]
    if let dash = ChartStyle.dash(design) { attributes.append(("stroke-dasharray", dash)) }
    svg.element("polyline", attributes)
  }

  static func drawBreakEven(
    _ svg: inout SVGWriter, _ geometry: ChartGeometry, _ sweep: SweepResult,
    _ crossing: BreakEvenPoint
  ) {
    let range = sweep.range
    let x = geometry.x(crossing.value, from: range.from, to: range.to, scale: range.scale)
    let y = geometry.y(crossing.cost)
    let value: String
    switch sweep.axis {
    case .gigabytes: value = "\(crossing.value.display(places: 2)) GB a month"
    case .invocations: value = "\(crossing.value.display(places: 0)) invocations a month"
    case .services: value = "\(crossing.value.display(places: 2)) services"
    case .vpcs: value = "hub from \(crossing.value.display(places: 0)) VPCs"
    }
    svg.raw("<g id=\"break-even\">")
    svg.element(
      "line",
      [
        ("x1", SVGWriter.pixels(x)), ("x2", SVGWriter.pixels(x)), ("y1", "\(geometry.top)"),
        ("y2", "\(geometry.bottom)"),
        ("stroke", "#555555"), ("stroke-dasharray", "3 3"),
      ])
    svg.element(
      "circle",
      [
        ("id", "break-even-point"), ("cx", SVGWriter.pixels(x)), ("cy", SVGWriter.pixels(y)),
        ("r", "6"),
        ("fill", "#ffffff"), ("stroke", "#111111"), ("stroke-width", "2"),
      ])
    let anchorRight = x > (geometry.left + geometry.right) * 5
    // A point in the lower half has its label well above the lines that leave it.
    let lift = y > (geometry.top + geometry.bottom) * 5 ? 600 : 140
    svg.element(
      "text",
      [
        ("x", SVGWriter.pixels(x + (anchorRight ? -100 : 100))), ("y", SVGWriter.pixels(y - lift)),
        ("text-anchor", anchorRight ? "end" : "start"), ("font-weight", "bold"),
      ],
      text:
        "Break-even: \(value), \((sweep.axis == .vpcs ? crossing.otherCost : crossing.cost).dollars)"
    )
    svg.raw("</g>")
  }

  static func drawLegend(_ svg: inout SVGWriter, _ geometry: ChartGeometry, _ sweep: SweepResult) {
    let x = geometry.right + 24
    svg.raw("<g id=\"legend\">")
    for (index, design) in sweep.designs.enumerated() {
      let y = geometry.top + 10 + index * 28
      var attributes = [
        ("x1", "\(x)"), ("x2", "\(x + 30)"), ("y1", "\(y)"), ("y2", "\(y)"),
        ("stroke", ChartStyle.color(design)), ("stroke-width", "2.5"),
      ]
      if let dash = ChartStyle.dash(design) { attributes.append(("stroke-dasharray", dash)) }
      svg.element("line", attributes)
      svg.element(
        "text", [("x", "\(x + 38)"), ("y", "\(y)"), ("dominant-baseline", "middle")],
        text: design.rawValue)
    }
    svg.raw("</g>")
  }
}
