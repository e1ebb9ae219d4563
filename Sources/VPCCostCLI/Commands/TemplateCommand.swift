import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// `vpccost template --design ID`: a SAM/CloudFormation fragment for a design of the cost model.
package struct TemplateCommand: Command {
  package let info = CommandInfo(
    name: "template",
    summary: "a SAM/CloudFormation fragment for a design",
    usage: [
      "template --design ID [--azs N] [--services LIST] [--vpcs N] [--format yaml|json]"
    ],
    discussion: """
      Writes a SAM/CloudFormation fragment for a design, as a review wants it:
      private subnets per AZ as parameters; interface endpoints with private DNS, an ENI per AZ
      and a security group allowing 443 from the functions' security group; or NAT gateways
      with Elastic IPs and per-AZ routes; and an execution role with AWSLambdaVPCAccessExecutionRole
      and lambda:InvokeFunction on the target function only.
      hub-endpoints writes the hub VPC: endpoints with private DNS off, open to the spokes'
      address range on 443, and a Route 53 private hosted zone per service with an alias
      record to the endpoint, associated with the hub and each of --vpcs N spoke VPCs (given
      as parameters). central-egress has no template yet: its NAT gateways are those of
      nat-per-az in the egress VPC, and its Transit Gateway routes belong to the network stack.
      """,
    flags: [
      TemplateCommand.design, TemplateCommand.azs, TemplateCommand.services,
      TemplateCommand.vpcs, TemplateCommand.format,
      CommonFlags.output,
    ])

  static let design = Flag<DesignID>(
    "--design", value: "ID",
    "the design: \(TemplateGenerator.designs.map(\.rawValue).joined(separator: ", "))"
  ) { (text) throws(CLIError) -> DesignID in
    if text == DesignID.centralEgress.rawValue {
      throw .usage(
        "--design central-egress has no template: its egress VPC is nat-per-az's (vpccost template --design nat-per-az) and its Transit Gateway routes belong to the network stack"
      )
    }
    guard let design = DesignID(rawValue: text) else {
      let hint = ClosestMatch.suggestion(for: text, among: DesignID.allCases.map(\.rawValue)).map {
        "; did you mean \($0)?"
      }
      throw .usage("--design \(quoting: text) is not a design\(hint ?? "")")
    }
    return design
  }
  static let azs = Flag<Int>("--azs", value: "N", "Availability Zones, 1 to 6 (default 2)") {
    (text) throws(CLIError) -> Int in
    guard let azs = Int(text), (1...6).contains(azs) else {
      throw .usage("--azs \(quoting: text) is not a whole number from 1 to 6")
    }
    return azs
  }
  static let services = Flag<[String]>(
    "--services", value: "LIST", "services behind interface endpoints (default lambda)"
  ) { (text) throws(CLIError) -> [String] in
    switch ServiceSelection.parse(text) {
    case .success(let selection) where !selection.names.isEmpty: return selection.names
    case .success:
      throw .usage("--services \(quoting: text) is a count; name the services, such as lambda,sts")
    case .failure(let problem): throw .usage("--services \(problem.message)")
    }
  }
  static let vpcs = Flag<Int>(
    "--vpcs", value: "N", "hub-endpoints: the spoke VPCs to associate, 1 to 300 (default 2)"
  ) { (text) throws(CLIError) -> Int in
    // Route 53 associates at most 300 VPCs with a private hosted zone by default.
    guard let vpcs = Int(text), (1...300).contains(vpcs) else {
      throw .usage("--vpcs \(quoting: text) is not a whole number from 1 to 300")
    }
    return vpcs
  }
  static let format = Flag<Bool>("--format", value: "FORMAT", "yaml (default) or json") {
    (text) throws(CLIError) -> Bool in
    guard text == "yaml" || text == "json" else {
      throw .usage("--format \(quoting: text) is not a format here; use yaml or json")
    }
    return text == "json"
  }

  package func run(_ invocation: Invocation) throws(CLIError) -> CommandResult {
    try invocation.expectNoPositionals(for: name)
    let parsed = invocation.flags
    guard let design = try parsed.value(of: Self.design) else {
      throw .usage(
        "template needs --design ID (\(TemplateGenerator.designs.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    let azs = try parsed.value(of: Self.azs) ?? 2
    let services = try parsed.value(of: Self.services) ?? ["lambda"]
    let json = try parsed.value(of: Self.format) ?? false
    let outputPath = try parsed.value(of: CommonFlags.output)
    let spokes = try parsed.value(of: Self.vpcs) ?? 2
    let template = TemplateGenerator.template(
      design: design, azs: azs, services: services, spokes: spokes)
    do {
      let output = try CommandOutput(path: outputPath)
      try output.write(json ? template.serialized() : YAMLWriter.yaml(template))
      return CommandResult(output: output)
    } catch {
      throw .output(error)
    }
  }
}
