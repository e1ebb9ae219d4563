import VPCCostCore
import VPCCostFormats

/// The flags several commands share, declared once.
package enum CommonFlags {
  /// `--output FILE` (`-o`), written whole or not at all.
  ///
  /// A format word (`--output json`, the AWS CLI's way to ask for JSON) is refused: it would
  /// write the table to a file named `json`. `./json` names such a file on purpose.
  package static let output = Flag<String>(
    "--output", value: "FILE",
    "write to FILE (created whole or not at all) instead of standard output (also -o)"
  ) { (text) throws(CLIError) -> String in
    guard formatWords.contains(text.lowercased()) else { return text }
    throw .usage(
      "--output \(quoting: text) would write to a file named \(text); did you mean --format \(text.lowercased())? (a file named \(text): ./\(text))"
    )
  }

  /// Words that name a format, not a file, when given to `--output`.
  static let formatWords: Set<String> = [
    "json", "csv", "table", "markdown", "md", "sarif", "text", "yaml", "yml",
  ]

  /// Refuses `--output` and `--chart` naming one file: one would replace the other, and the
  /// run would say it wrote both.
  package static func checkDistinct(output: String?, chart: String?) throws(CLIError) {
    guard let output, let chart, output != "-", FileSystem.sameFile(output, chart) else {
      return
    }
    throw .usage(
      "--output and --chart both name \(quoting: chart); give the chart a file of its own (--chart cost.svg)"
    )
  }

  /// `--prices PATH`, tables used instead of the embedded ones.
  package static let prices = Flag<String>(
    "--prices", value: "PATH",
    "price table file or folder to use instead of the embedded ones (default: $VPCCOST_PRICES)")

  /// `--chart FILE.svg`: an SVG file (another extension is a usage error, so that a chart is
  /// never written over a file meant to hold something else).
  package static func chart(_ help: String) -> Flag<String> {
    Flag("--chart", value: "FILE.svg", help) { (text) throws(CLIError) -> String in
      guard text.lowercased().hasSuffix(".svg") else {
        throw .usage(
          "--chart \(quoting: text) is not an .svg file; the chart is SVG (--chart cost.svg)")
      }
      return text
    }
  }

  /// `--format` with the formats of a command family (each family has its own type, so that a
  /// renderer's switch over it is exhaustive).
  package static func format<Format: RawRepresentable & CaseIterable>(
    _ type: Format.Type, help: String
  ) -> Flag<Format> where Format.RawValue == String {
    Flag("--format", value: "FORMAT", help + " (also -f)") { (text) throws(CLIError) -> Format in
      guard let format = Format(rawValue: text) else {
        let known = Format.allCases.map(\.rawValue)
        let hint = ClosestMatch.suggestion(for: text, among: known).map { "; did you mean \($0)?" }
        throw .usage(
          "--format \(quoting: text) is not a format here; use \(known.joined(separator: ", "))\(hint ?? "")"
        )
      }
      return format
    }
  }

  /// The price catalog of `--prices`, of `VPCCOST_PRICES`, or the embedded one.
  ///
  /// `--prices` wins over the environment variable `VPCCOST_PRICES`, which wins over the
  /// embedded tables.
  package static func catalog(
    _ parsed: ParsedFlags, _ environment: CLIEnvironment
  ) throws(CLIError) -> PriceCatalog {
    guard let path = try parsed.value(of: prices) ?? environment.pricesPath else {
      return .embedded
    }
    do { return try PriceCatalog.load(path: path) } catch { throw .priceTable(error) }
  }
}
