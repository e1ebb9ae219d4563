/// How the source a network was read from spells the properties the review's advice names.
///
/// The checks say what to change in neutral words (the resource and the property) and quote
/// the property as the user wrote it: `PrivateDnsEnabled: true` in a CloudFormation template,
/// `private_dns_enabled = true` in a Terraform configuration. Each reader supplies its own.
package struct SourceVocabulary: Sendable {
  /// The endpoint property that turns on private DNS, set to true.
  let privateDNSOn: String
  /// The endpoint property that makes an endpoint a gateway endpoint.
  let gatewayEndpointType: String
  /// The endpoint property that lists its security groups.
  let endpointSecurityGroups: String
  /// The ingress rule property that names a source security group.
  let sourceSecurityGroup: String
  /// The VPC properties private DNS needs, hostnames then support.
  let dnsHostnames: String
  let dnsSupport: String
  /// What DNS hostnames default to when the VPC does not set them, in words.
  let dnsHostnamesDefault: String
  /// How a function is given a role, for a role's id.
  let setRole: @Sendable (String) -> String
  /// A function's ARN as a reference, for its id.
  let functionARN: @Sendable (String) -> String
  /// The role made for a function that names none.
  let generatedRole: String

  /// CloudFormation and SAM.
  static let cloudFormation = SourceVocabulary(
    privateDNSOn: "PrivateDnsEnabled: true", gatewayEndpointType: "VpcEndpointType: Gateway",
    endpointSecurityGroups: "SecurityGroupIds", sourceSecurityGroup: "SourceSecurityGroupId",
    dnsHostnames: "EnableDnsHostnames", dnsSupport: "EnableDnsSupport",
    dnsHostnamesDefault: "CloudFormation's default is false",
    setRole: { "Role: !GetAtt \($0).Arn" }, functionARN: { "!GetAtt \($0).Arn" },
    generatedRole: "the role SAM creates for it")
}
