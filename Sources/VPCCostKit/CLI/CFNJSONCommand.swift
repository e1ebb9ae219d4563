#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `vpccost cfn-json TEMPLATE`: the template as JSON with long-form intrinsic functions.
public enum CFNJSONCommand {
  static let flags: [FlagSpec] = [
    FlagSpec.outputFlag,
    FlagSpec.helpFlag,
  ]

  /// Reads the template and prints it as JSON.
  public static func run(_ arguments: [String]) throws(CLIError) -> CommandResult {
    let parsed = try ParsedFlags.parse(arguments, flags: flags, command: "cfn-json")
    if parsed.values["--help"] != nil { return try .text(HelpText.cfnJSON) }
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw .usage("cfn-json needs one TEMPLATE (YAML or JSON)")
    }
    let template = try readTemplate(path)
    do {
      let output = try CommandOutput(path: parsed.values["--output"])
      try output.write(template.json.serialized())
      return CommandResult(output: output)
    } catch {
      throw .output(error)
    }
  }

  /// Reads and parses a template file; errors name the file, line and column.
  static func readTemplate(_ path: String) throws(CLIError) -> TemplateNode {
    guard !FileSystem.isFolder(path) else {
      throw .noInput("cannot open \(path): it is a folder; give a template file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .noInput("cannot open \(path): no such file or it cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .badData("\(path): not UTF-8 text")
    }
    do {
      return try TemplateReader.read(text)
    } catch {
      throw .badData("\(path): \(error.description)")
    }
  }
}
