import VPCCostFormats

/// A review as SARIF 2.1.0, the format GitHub code scanning reads: a rule per check with its
/// stable id and descriptions, a result per finding with its level, message, file and line.
package enum ReviewSARIF {
  /// A path as a URI reference (RFC 3986): every byte but the unreserved characters and `/`
  /// percent-encoded, so that `my tpl#1%20?.yaml` names that file and not a fragment or a query.
  static func percentEncoded(_ path: String) -> String {
    var encoded = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return encoded
  }

  /// The schema SARIF files name.
  static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  /// The SARIF log of one review; `uri` is the template's path as code scanning should show it
  /// (relative to the repository, with forward slashes).
  package static func document(
    _ review: TemplateReview, uri: String, toolVersion: String
  ) -> JSONValue {
    let rules = ReviewRule.allCases
    let uri = percentEncoded(uri)
    let results: [JSONValue] = review.findings.map { finding in
      .object([
        ("ruleId", .string(finding.rule.id)),
        ("ruleIndex", .integer(rules.firstIndex(of: finding.rule) ?? 0)),
        ("level", .string(level(finding.severity))),
        ("message", .object([("text", .string("\(finding.resource): \(finding.message)"))])),
        (
          "locations",
          .array([
            .object([
              (
                "physicalLocation",
                .object([
                  ("artifactLocation", .object([("uri", .string(uri))])),
                  ("region", .object([("startLine", .integer(max(1, finding.line)))])),
                ])
              )
            ])
          ])
        ),
      ])
    }
    let driver: JSONValue = .object([
      ("name", .string("vpccost")), ("version", .string(toolVersion)),
      ("rules", .array(rules.map(rule))),
    ])
    return .object([
      ("$schema", .string(schema)), ("version", .string("2.1.0")),
      (
        "runs",
        .array([.object([("tool", .object([("driver", driver)])), ("results", .array(results))])])
      ),
    ])
  }

  private static func rule(_ rule: ReviewRule) -> JSONValue {
    .object([
      ("id", .string(rule.id)), ("name", .string(rule.name)),
      ("shortDescription", .object([("text", .string(rule.summary))])),
      ("fullDescription", .object([("text", .string(rule.explanation))])),
      ("help", .object([("text", .string(rule.help))])),
    ])
  }

  /// SARIF's levels: error, warning, note.
  static func level(_ severity: ReviewFinding.Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }
}
