import VPCCostCore
import VPCCostFormats
import VPCCostReview

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `vpccost review TEMPLATE`: the design a SAM/CloudFormation template builds, its cost, and
/// its problems, each with its resource and line; a gate for CI with `--fail-on`.
package struct ReviewCommand: Command {
  package let info = CommandInfo(
    name: "review",
    summary: "the design a template builds, its cost, and its problems",
    usage: [
      "review TEMPLATE [workload flags] [--format table|json|markdown|sarif] [--fail-on LEVEL]"
    ],
    discussion: """
      Reads a SAM or CloudFormation template (- for standard input), names the egress design it
      builds (with its AZs and services), prices it and the alternatives for the workload, and
      lists what will break or cost too much, each finding with its severity, rule, resource
      and line. The template's AZ count and endpoint services fill --azs and --services unless
      given. The report is always written; the exit status is 1 when a finding is at or above
      --fail-on, so that a CI job stops on it (--format sarif for GitHub code scanning).
      Parameters take their defaults unless given (--parameter KEY=VALUE, repeatable, or
      --parameters FILE: KEY=VALUE lines, or create-stack's JSON); conditions and intrinsic
      functions are evaluated from them, and what the template does not show stays unknown.
      """,
    flags: WorkloadFlags.all + [
      ReviewCommand.format, ReviewCommand.failOn, ReviewCommand.parameter,
      ReviewCommand.parameters, CommonFlags.output, CommonFlags.prices,
    ])

  static let parameter = Flag<(key: String, value: String)>(
    "--parameter", value: "KEY=VALUE",
    "a value for a template parameter, over its default (repeatable)", repeatable: true
  ) { (text) throws(CLIError) -> (key: String, value: String) in
    guard let pair = ParameterValues.pair(text) else {
      throw .usage("--parameter \(quoting: text) is not KEY=VALUE (for example Env=prod)")
    }
    return pair
  }

  static let parameters = Flag<String>(
    "--parameters", value: "FILE",
    "template parameter values: KEY=VALUE lines, or create-stack's JSON (--parameter wins)")

  /// The least severe finding that fails the run, or never.
  enum FailOn: String, CaseIterable {
    case error, warning, info, never

    /// Whether a finding of this severity fails the run.
    func fails(_ severity: ReviewFinding.Severity) -> Bool {
      switch self {
      case .never: return false
      case .error: return severity == .error
      case .warning: return severity != .info
      case .info: return true
      }
    }
  }

  static let format = CommonFlags.format(
    ReviewFormat.self, help: "table (default), json, markdown or sarif (SARIF 2.1.0)")

  static let failOn = Flag<FailOn>(
    "--fail-on", value: "LEVEL",
    "exit 1 when a finding is at or above LEVEL: error (default), warning, info or never"
  ) { (text) throws(CLIError) -> FailOn in
    guard let level = FailOn(rawValue: text) else {
      throw .usage("--fail-on \(quoting: text) is not a level; use error, warning, info or never")
    }
    return level
  }

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let path = try invocation.onePositional(
      "TEMPLATE", for: name,
      missing:
        "review needs one TEMPLATE (SAM or CloudFormation, YAML or JSON; - for standard input)"
    )
    let parsed = invocation.flags
    let format = try parsed.value(of: Self.format) ?? .table
    let failOn = try parsed.value(of: Self.failOn) ?? .error
    let document = try CFNJSONCommand.readTemplate(path)
    // The reader is chosen by the document's content.
    let readers = NetworkReaders.standard
    guard let reader = readers.reader(for: document) else {
      throw .input(
        .at(
          path == "-" ? "standard input" : path,
          "is not \(readers.sourceNames): it has no Resources mapping"))
    }
    let catalog = try CommonFlags.catalog(parsed, invocation.environment)
    let input = WorkloadFlags.input(parsed)
    let context = try Self.context(
      parsed, names: reader.parameterNames(of: document), region: input[.region], catalog: catalog)
    let network: NetworkModel
    do {
      network = try reader.network(from: document, context: context)
    } catch {
      throw .input(.at(path == "-" ? "standard input" : path, error.message))
    }
    let review: TemplateReview
    do {
      review = try TemplateReview.review(
        network, input: input, catalog: catalog, today: invocation.environment.today)
    } catch {
      throw CLIError(error)
    }
    let outputPath = try parsed.value(of: CommonFlags.output)
    let failed = review.findings.contains { failOn.fails($0.severity) }
    do {
      let output = try CommandOutput(path: outputPath)
      let table = review.comparison.priceTable
      let stale = PriceFreshness.note(for: table, today: invocation.environment.today)
      let options = RenderOptions(
        generator: "vpccost \(CLI.version)",
        commandLine: ShellWords.commandLine(invocation.arguments), notes: stale.map { [$0] } ?? [])
      try output.write(Self.render(review, path: path, format: format, options: options))
      let notes = [stale, PriceFreshness.unverifiedNote(for: table)].compactMap { $0 }
      return CommandResult(output: output, notes: notes, exitCode: failed ? .findings : .ok)
    } catch {
      throw .output(error)
    }
  }

  static func render(
    _ review: TemplateReview, path: String, format: ReviewFormat, options: RenderOptions
  ) -> [UInt8] {
    let shown = path == "-" ? "standard input" : path
    return ReviewRenderer.render(
      review, path: shown, format: format, options: options, uri: relativeURI(path),
      toolVersion: CLI.version)
  }

  /// The template's path as code scanning wants it: relative to the working folder, with no
  /// leading `./`.
  static func relativeURI(_ path: String) -> String {
    guard let cwd = getcwd(nil, 0) else { return relativeURI(path, from: nil) }
    defer { free(cwd) }
    return relativeURI(path, from: String(cString: cwd))
  }

  /// `path` relative to the folder `base` when it lies inside it, without leading `./`.
  static func relativeURI(_ path: String, from base: String?) -> String {
    var relative = path
    if path.hasPrefix("/"), let base {
      let folder = base.hasSuffix("/") ? base : base + "/"
      if path.hasPrefix(folder) { relative = String(path.dropFirst(folder.count)) }
    }
    while relative.hasPrefix("./") { relative.removeFirst(2) }
    return relative == "-" ? "standard-input" : relative
  }

  /// What the evaluation of the template knows: the parameter values given (a file's, then
  /// the flags', each key checked against the template's parameters), and the region when
  /// `--region` names it (with its AZ count, for `Fn::GetAZs`).
  static func context(
    _ parsed: ParsedFlags, names: [String], region: String?, catalog: PriceCatalog
  ) throws(CLIError) -> EvaluationContext {
    var values: [String: String] = [:]
    if let file = try parsed.value(of: parameters) {
      do throws(InputError) {
        values = try ParameterValues.read(
          FileSystem.text(of: file, limit: TemplateReader.maxBytes), file: file)
      } catch {
        throw .input(error)
      }
    }
    for (key, value) in try parsed.values(of: parameter) { values[key] = value }
    for key in values.keys.sorted() where !names.contains(key) {
      let hint = ClosestMatch.suggestion(for: key, among: names).map { "; did you mean \($0)?" }
      let known = names.isEmpty ? "it has none" : "it has \(names.joined(separator: ", "))"
      throw .usage("the template has no parameter \(quoting: key) (\(known))\(hint ?? "")")
    }
    let table = region.flatMap { try? catalog.table(for: $0) }
    return EvaluationContext(parameters: values, region: region, azCount: table?.azCount)
  }
}
