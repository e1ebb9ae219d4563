/// A check of a review, with a stable id for code scanning (SARIF rules, CI gates).
///
/// Ids never change meaning: a retired check keeps its id unused.
package struct ReviewRule: Sendable, Equatable {
  /// The stable id, such as `VPCC003`.
  package let id: String
  /// A short name in the style of code-scanning rules.
  package let name: String
  /// One line: what the check finds.
  package let summary: String
  /// Why it matters.
  package let explanation: String
  /// How to fix it.
  package let help: String

  init(_ id: String, _ name: String, _ summary: String, _ explanation: String, help: String) {
    self.id = id
    self.name = name
    self.summary = summary
    self.explanation = explanation
    self.help = help
  }

  /// Every check, in id order.
  package static let allCases: [ReviewRule] = [
    noWayOut, endpointPrivateDNS, endpointZones, interfaceEndpointForGatewayService,
    endpointWithoutSecurityGroup, endpointOpenIngress, endpointBlocksFunctions, natSharedAcrossAZs,
    roleLacksPermission, malformedServicePrincipal, invokeOnWildcard, deprecatedRuntime,
    unknownZones, vpcDNSAttributes, functionEgress, serviceWithoutEndpoint, idleNATGateway,
    functionInPublicSubnet, natInstance, functionInOneAZ, templateValueNotPriced,
  ]

  /// VPCC001: a VPC function has no way out to AWS services.
  package static let noWayOut = ReviewRule(
    "VPCC001", "VpcFunctionWithoutWayOut",
    "A VPC function has no way out to AWS services.",
    "A Lambda function in a VPC reaches AWS services outside the VPC only through a NAT gateway or an interface VPC endpoint for the service; without one, its SDK calls time out.",
    help: "Add an interface endpoint for each service the functions call, or a NAT gateway.")

  /// VPCC002: an interface endpoint has private DNS off.
  package static let endpointPrivateDNS = ReviewRule(
    "VPCC002", "InterfaceEndpointWithoutPrivateDns",
    "An interface endpoint has private DNS off.",
    "Without private DNS, the SDK's default host name for the service still resolves to the public endpoint, so calls bypass the interface endpoint (and fail without a NAT gateway).",
    help:
      "Turn on private DNS on the endpoint (PrivateDnsEnabled: true in CloudFormation, private_dns_enabled = true in Terraform)."
  )

  /// VPCC003: an interface endpoint covers fewer AZs than the functions.
  package static let endpointZones = ReviewRule(
    "VPCC003", "InterfaceEndpointInFewerAZs",
    "An interface endpoint covers fewer AZs than the functions.",
    "Functions in AZs without an endpoint ENI cross AZs to reach it, paying cross-AZ transfer, and lose it when its AZ fails.",
    help: "Give the endpoint a subnet in every AZ the functions run in.")

  /// VPCC004: an interface endpoint for S3 or DynamoDB, which have free gateway endpoints.
  package static let interfaceEndpointForGatewayService = ReviewRule(
    "VPCC004", "InterfaceEndpointForGatewayService",
    "An interface endpoint for S3 or DynamoDB, which have free gateway endpoints.",
    "Interface endpoints cost per AZ-hour and per GB; S3 and DynamoDB also have gateway endpoints, which cost nothing and serve the same traffic from the VPC.",
    help:
      "Use a gateway endpoint with the private route tables (VpcEndpointType: Gateway in CloudFormation, vpc_endpoint_type = \"Gateway\" in Terraform)."
  )

  /// VPCC005: an interface endpoint has no security group.
  package static let endpointWithoutSecurityGroup = ReviewRule(
    "VPCC005", "InterfaceEndpointWithoutSecurityGroup",
    "An interface endpoint has no security group.",
    "An endpoint that names no security group gets the VPC's default security group, whose rules are rarely what the endpoint needs.",
    help: "Give it a security group that allows TCP 443 from the functions' security group.")

  /// VPCC006: an endpoint's security group allows 443 from anywhere.
  package static let endpointOpenIngress = ReviewRule(
    "VPCC006", "InterfaceEndpointOpenToAnywhere",
    "An endpoint's security group allows 443 from anywhere.",
    "The endpoint's network interfaces accept HTTPS from any address that can route to them; only the functions need to reach them.",
    help:
      "Allow TCP 443 from the functions' security group (SourceSecurityGroupId in CloudFormation, source_security_group_id in Terraform)."
  )

  /// VPCC007: an endpoint's security group does not allow 443 from the functions.
  package static let endpointBlocksFunctions = ReviewRule(
    "VPCC007", "InterfaceEndpointBlocksFunctions",
    "An endpoint's security group does not allow 443 from the functions.",
    "Calls through the endpoint need TCP 443 from the functions' security group; without it they time out.",
    help: "Add an ingress rule for TCP 443 from the functions' security group.")

  /// VPCC008: one NAT gateway serves several AZs.
  package static let natSharedAcrossAZs = ReviewRule(
    "VPCC008", "NatGatewaySharedAcrossAZs",
    "One NAT gateway serves several AZs.",
    "Subnets in other AZs pay cross-AZ transfer to a NAT gateway in one AZ, and lose their way out when that AZ fails.",
    help: "Use one NAT gateway and route table per AZ.")

  /// VPCC009: a function's role lacks a permission that an unused role grants.
  package static let roleLacksPermission = ReviewRule(
    "VPCC009", "FunctionRoleLacksPermission",
    "A function's role lacks a permission that an unused role grants.",
    "The permission is granted to a role no function uses, which is usually a wiring mistake: the function runs without it.",
    help: "Attach the role that holds the permission to the function.")

  /// VPCC010: a service principal is not a bare host name.
  package static let malformedServicePrincipal = ReviewRule(
    "VPCC010", "MalformedServicePrincipal",
    "A service principal is not a bare host name.",
    "IAM rejects a role whose trust policy names a service principal that is not a host name such as lambda.amazonaws.com.",
    help: "Write the bare host name, such as lambda.amazonaws.com.")

  /// VPCC011: lambda:InvokeFunction is granted on every function.
  package static let invokeOnWildcard = ReviewRule(
    "VPCC011", "InvokeFunctionOnWildcard",
    "lambda:InvokeFunction is granted on every function.",
    "Granting lambda:InvokeFunction on Resource \"*\" lets the function invoke any function in the account.",
    help: "Scope the statement to the functions' ARNs.")

  /// VPCC012: a function uses a deprecated Lambda runtime.
  package static let deprecatedRuntime = ReviewRule(
    "VPCC012", "DeprecatedLambdaRuntime",
    "A function uses a deprecated Lambda runtime.",
    "Lambda no longer creates or updates functions on deprecated runtimes.",
    help: "Move the function to a supported runtime.")

  /// VPCC013: the template does not show how many AZs the functions run in.
  package static let unknownZones = ReviewRule(
    "VPCC013", "AvailabilityZonesUnknown",
    "The template does not show how many AZs the functions run in.",
    "The functions' subnets come from a list parameter without a default, an import or a nested stack, so their AZ count is not in the template.",
    help: "Pass --azs N to price the designs for the AZs the functions use.")

  /// VPCC014: private DNS on an endpoint in a VPC without DNS hostnames or support.
  package static let vpcDNSAttributes = ReviewRule(
    "VPCC014", "PrivateDnsNeedsVpcDnsAttributes",
    "An endpoint with private DNS sits in a VPC without DNS hostnames or DNS support.",
    "Private DNS for an interface endpoint needs DNS hostnames and DNS support on the VPC; CloudFormation and Terraform's AWS provider leave hostnames off unless set, and the endpoint cannot be created without them.",
    help:
      "Turn on DNS hostnames and DNS support on the VPC (EnableDnsHostnames and EnableDnsSupport in CloudFormation, enable_dns_hostnames and enable_dns_support in Terraform)."
  )

  /// VPCC015: the functions' security group does not let them reach HTTPS.
  package static let functionEgress = ReviewRule(
    "VPCC015", "FunctionEgressBlocksHttps",
    "The functions' security group does not allow outbound TCP 443.",
    "Calls to AWS services, through interface endpoints or a NAT gateway, leave on TCP 443; egress rules that omit it drop every call.",
    help: "Allow outbound TCP 443 to the endpoints' security group or the VPC's range.")

  /// VPCC016: a service the functions use has no endpoint and there is no NAT gateway.
  package static let serviceWithoutEndpoint = ReviewRule(
    "VPCC016", "ServiceWithoutEndpoint",
    "A service the functions' permissions use has no endpoint, and there is no NAT gateway.",
    "Without a NAT gateway, a VPC function reaches only the services the VPC has endpoints for; calls to any other service time out.",
    help: "Add an interface endpoint (or, for S3 and DynamoDB, a gateway endpoint) for the service."
  )

  /// VPCC017: a NAT gateway no route of the functions' subnets points at.
  package static let idleNATGateway = ReviewRule(
    "VPCC017", "IdleNatGateway",
    "A NAT gateway carries none of the functions' traffic.",
    "A NAT gateway and its public IPv4 address are billed every hour whether or not a route points at them.",
    help: "Remove the NAT gateway, or route the functions' private subnets to it.")

  /// VPCC018: a VPC function in a subnet routed to an internet gateway.
  package static let functionInPublicSubnet = ReviewRule(
    "VPCC018", "FunctionInPublicSubnet",
    "A VPC function runs in a public subnet.",
    "Lambda does not give functions in a VPC a public IP address, so a public subnet gives them no way to the internet or to AWS services.",
    help:
      "Put the functions in private subnets routed to a NAT gateway, or add interface endpoints.")

  /// VPCC019: the functions leave through a NAT instance or a route defined elsewhere.
  package static let natInstance = ReviewRule(
    "VPCC019", "WayOutNotPriced",
    "The functions leave through a NAT instance or a route defined elsewhere.",
    "A route to an instance, a network interface, a Transit Gateway, a peering connection or a VPN gateway is a way out that vpccost does not price.",
    help: "Compare it with the managed designs priced in the review.")

  /// VPCC020: a VPC function whose subnets are all in one AZ.
  package static let functionInOneAZ = ReviewRule(
    "VPCC020", "FunctionInOneAZ",
    "A VPC function runs in subnets of one AZ only.",
    "Lambda runs a VPC function only in the AZs of its subnets; with one, the function stops when that AZ fails.",
    help: "Give the function subnets in two AZs or more.")

  /// VPCC021: a value the template gives that the comparison cannot price as it is.
  package static let templateValueNotPriced = ReviewRule(
    "VPCC021", "TemplateValueNotPriced",
    "A value the template gives cannot be priced as it is.",
    "The template places its functions in more AZs than the region has, or names an endpoint service that is not an AWS service vpccost prices (a customer's endpoint service, or a name built from values the template does not show); the comparison is priced without it, and says so.",
    help: "Check the value; give --azs or --services to price what you mean.")
}
