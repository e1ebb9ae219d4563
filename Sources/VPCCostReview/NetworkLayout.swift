import VPCCostCore
import VPCCostFormats

/// Where the template's subnets are: an AZ key for each subnet reference, and how sure it is.
struct NetworkLayout {
  let model: TemplateModel
  /// Notes about AZs that were assumed rather than read.
  private(set) var assumptions: Set<String> = []

  init(model: TemplateModel) { self.model = model }

  /// The AZ of a subnet reference: a literal `AvailabilityZone`, `!Select [i, !GetAZs '']`
  /// (AZ number i), or, when nothing else is known, the subnet itself (distinct subnets are
  /// taken to be in distinct AZs, and the review says so).
  mutating func zone(of subnet: TemplateNode) -> String {
    guard let target = TemplateModel.target(of: subnet) else {
      assumptions.insert("subnets given as literal ids are taken to be in distinct AZs")
      return "subnet:" + (subnet.string ?? "?")
    }
    if model.parameters.contains(target) {
      assumptions.insert("distinct subnet parameters are taken to be in distinct AZs")
      return "parameter:" + target
    }
    guard let resource = model.resource(target), resource.type == "AWS::EC2::Subnet" else {
      assumptions.insert("subnets the template does not define are taken to be in distinct AZs")
      return "subnet:" + target
    }
    let zone = resource.properties?["AvailabilityZone"]
    if let literal = zone?.string { return "az:" + literal }
    if let select = zone?["Fn::Select"]?.array, select.count == 2, select[1]["Fn::GetAZs"] != nil,
      let index = select[0].string
    {
      return "az-index:" + index
    }
    assumptions.insert("subnets without a literal or !Select AZ are taken to be in distinct AZs")
    return "subnet:" + target
  }

  /// The AZs of a list of subnet references.
  mutating func zones(of subnets: TemplateNode?) -> Set<String> {
    Set(TemplateModel.items(subnets).map { zone(of: $0) })
  }
}
