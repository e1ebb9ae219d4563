/// `vpccost template --design ID`: a SAM/CloudFormation fragment for a design of the cost model.
public enum TemplateCommand {
  static let flags: [FlagSpec] = [
    FlagSpec(
      "--design", value: "ID",
      "the design: \(DesignID.allCases.map(\.rawValue).joined(separator: ", "))"),
    FlagSpec("--azs", value: "N", "Availability Zones, 1 to 6 (default 2)"),
    FlagSpec("--services", value: "LIST", "services behind interface endpoints (default lambda)"),
    FlagSpec("--format", value: "FORMAT", "yaml (default) or json"),
    FlagSpec.outputFlag,
    FlagSpec.helpFlag,
  ]

  /// Writes the fragment.
  public static func run(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "template")
    if parsed.values["--help"] != nil { return try .text(HelpText.templateHelp) }
    guard let id = parsed.values["--design"] else {
      throw .usage(
        "template needs --design ID (\(DesignID.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    guard let design = DesignID(rawValue: id) else {
      let hint = ClosestMatch.suggestion(for: id, among: DesignID.allCases.map(\.rawValue)).map {
        "; did you mean \($0)?"
      }
      throw .usage("--design '\(id)' is not a design\(hint ?? "")")
    }
    let azsText = parsed.values["--azs"] ?? "2"
    guard let azs = Int(azsText), (1...6).contains(azs) else {
      throw .usage("--azs '\(azsText)' is not a whole number from 1 to 6")
    }
    var services = ["lambda"]
    if let text = parsed.values["--services"] {
      guard case .success(let selection) = ServiceSelection.parse(text), !selection.names.isEmpty
      else {
        throw .usage(
          "--services '\(text)' is not a list of endpoint service names such as lambda,sts")
      }
      services = selection.names
    }
    let format = parsed.values["--format"] ?? "yaml"
    guard format == "yaml" || format == "json" else {
      throw .usage("--format '\(format)' is not a format here; use yaml or json")
    }
    let template = TemplateGenerator.template(design: design, azs: azs, services: services)
    do {
      let output = try CommandOutput(path: parsed.values["--output"])
      try output.write(format == "json" ? template.serialized() : YAMLWriter.yaml(template))
      return CommandResult(output: output)
    } catch {
      throw .output(error)
    }
  }
}
