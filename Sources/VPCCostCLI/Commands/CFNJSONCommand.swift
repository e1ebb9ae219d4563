import VPCCostFormats

/// `vpccost cfn-json TEMPLATE`: the template as JSON with long-form intrinsic functions.
package struct CFNJSONCommand: Command {
  package let info = CommandInfo(
    name: "cfn-json",
    summary: "a SAM/CloudFormation template as JSON, with long-form intrinsic functions",
    usage: ["cfn-json TEMPLATE [--output FILE]"],
    discussion: """
      Prints a CloudFormation or SAM template (YAML or JSON) as JSON, with short-form intrinsic
      functions in their long form (!Ref X -> {"Ref": "X"}), scalars typed as CloudFormation's
      YAML readers type them. Errors name the line and column.
      """,
    flags: [CommonFlags.output])

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    let path = try invocation.onePositional(
      "TEMPLATE", for: name, missing: "cfn-json needs one TEMPLATE (YAML or JSON)")
    let template = try Self.readTemplate(path)
    let outputPath = try invocation.flags.value(of: CommonFlags.output)
    do {
      let output = try CommandOutput(path: outputPath)
      // Written as the template is walked, in chunks: no JSON tree, no whole text.
      try TemplateJSONWriter.write(template) { (text) throws(OutputError) in
        try output.write(text)
      }
      return CommandResult(output: output)
    } catch {
      throw .output(error)
    }
  }

  /// Reads and parses a template file; errors name the file, line and column.
  static func readTemplate(_ path: String) throws(CLIError) -> TemplateNode {
    let text: String
    do throws(InputError) {
      guard !FileSystem.isFolder(path) else {
        throw InputError.cannotOpen(path: path, reason: "it is a folder; give a template file")
      }
      text = try FileSystem.text(of: path, limit: TemplateReader.maxBytes)
    } catch {
      throw .input(error)
    }
    do {
      return try TemplateReader.read(text)
    } catch {
      throw .template(path: path, error)
    }
  }
}
