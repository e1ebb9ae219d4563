/// The checks of a review, each with a stable id for code scanning (SARIF rules, CI gates).
///
/// Ids never change meaning: a retired check keeps its id unused.
package enum ReviewRule: String, CaseIterable, Sendable {
  case noWayOut = "VPCC001"
  case endpointPrivateDNS = "VPCC002"
  case endpointZones = "VPCC003"
  case interfaceEndpointForGatewayService = "VPCC004"
  case endpointWithoutSecurityGroup = "VPCC005"
  case endpointOpenIngress = "VPCC006"
  case endpointBlocksFunctions = "VPCC007"
  case natSharedAcrossAZs = "VPCC008"
  case roleLacksPermission = "VPCC009"
  case malformedServicePrincipal = "VPCC010"
  case invokeOnWildcard = "VPCC011"
  case deprecatedRuntime = "VPCC012"

  /// The stable id, such as `VPCC003`.
  package var id: String { rawValue }

  /// A short name in the style of code-scanning rules.
  package var name: String {
    switch self {
    case .noWayOut: return "VpcFunctionWithoutWayOut"
    case .endpointPrivateDNS: return "InterfaceEndpointWithoutPrivateDns"
    case .endpointZones: return "InterfaceEndpointInFewerAZs"
    case .interfaceEndpointForGatewayService: return "InterfaceEndpointForGatewayService"
    case .endpointWithoutSecurityGroup: return "InterfaceEndpointWithoutSecurityGroup"
    case .endpointOpenIngress: return "InterfaceEndpointOpenToAnywhere"
    case .endpointBlocksFunctions: return "InterfaceEndpointBlocksFunctions"
    case .natSharedAcrossAZs: return "NatGatewaySharedAcrossAZs"
    case .roleLacksPermission: return "FunctionRoleLacksPermission"
    case .malformedServicePrincipal: return "MalformedServicePrincipal"
    case .invokeOnWildcard: return "InvokeFunctionOnWildcard"
    case .deprecatedRuntime: return "DeprecatedLambdaRuntime"
    }
  }

  /// One line: what the check finds.
  package var summary: String {
    switch self {
    case .noWayOut: return "A VPC function has no way out to AWS services."
    case .endpointPrivateDNS: return "An interface endpoint has private DNS off."
    case .endpointZones: return "An interface endpoint covers fewer AZs than the functions."
    case .interfaceEndpointForGatewayService:
      return "An interface endpoint for S3 or DynamoDB, which have free gateway endpoints."
    case .endpointWithoutSecurityGroup: return "An interface endpoint has no security group."
    case .endpointOpenIngress: return "An endpoint's security group allows 443 from anywhere."
    case .endpointBlocksFunctions:
      return "An endpoint's security group does not allow 443 from the functions."
    case .natSharedAcrossAZs: return "One NAT gateway serves several AZs."
    case .roleLacksPermission:
      return "A function's role lacks a permission that an unused role grants."
    case .malformedServicePrincipal: return "A service principal is not a bare host name."
    case .invokeOnWildcard: return "lambda:InvokeFunction is granted on every function."
    case .deprecatedRuntime: return "A function uses a deprecated Lambda runtime."
    }
  }

  /// Why it matters.
  package var explanation: String {
    switch self {
    case .noWayOut:
      return
        "A Lambda function in a VPC reaches AWS services outside the VPC only through a NAT gateway or an interface VPC endpoint for the service; without one, its SDK calls time out."
    case .endpointPrivateDNS:
      return
        "Without PrivateDnsEnabled, the SDK's default host name for the service still resolves to the public endpoint, so calls bypass the interface endpoint (and fail without a NAT gateway)."
    case .endpointZones:
      return
        "Functions in AZs without an endpoint ENI cross AZs to reach it, paying cross-AZ transfer, and lose it when its AZ fails."
    case .interfaceEndpointForGatewayService:
      return
        "Interface endpoints cost per AZ-hour and per GB; S3 and DynamoDB also have gateway endpoints, which cost nothing and serve the same traffic from the VPC."
    case .endpointWithoutSecurityGroup:
      return
        "An endpoint without SecurityGroupIds gets the VPC's default security group, whose rules are rarely what the endpoint needs."
    case .endpointOpenIngress:
      return
        "The endpoint's network interfaces accept HTTPS from any address that can route to them; only the functions need to reach them."
    case .endpointBlocksFunctions:
      return
        "Calls through the endpoint need TCP 443 from the functions' security group; without it they time out."
    case .natSharedAcrossAZs:
      return
        "Subnets in other AZs pay cross-AZ transfer to a NAT gateway in one AZ, and lose their way out when that AZ fails."
    case .roleLacksPermission:
      return
        "The permission is granted to a role no function uses, which is usually a wiring mistake: the function runs without it."
    case .malformedServicePrincipal:
      return
        "IAM rejects a role whose trust policy names a service principal that is not a host name such as lambda.amazonaws.com."
    case .invokeOnWildcard:
      return
        "Granting lambda:InvokeFunction on Resource \"*\" lets the function invoke any function in the account."
    case .deprecatedRuntime:
      return "Lambda no longer creates or updates functions on deprecated runtimes."
    }
  }

  /// How to fix it.
  package var help: String {
    switch self {
    case .noWayOut:
      return "Add an interface endpoint for each service the functions call, or a NAT gateway."
    case .endpointPrivateDNS: return "Set PrivateDnsEnabled: true on the endpoint."
    case .endpointZones: return "Give the endpoint a subnet in every AZ the functions run in."
    case .interfaceEndpointForGatewayService:
      return "Use VpcEndpointType: Gateway with the private route tables."
    case .endpointWithoutSecurityGroup:
      return "Give it a security group that allows TCP 443 from the functions' security group."
    case .endpointOpenIngress:
      return "Allow TCP 443 from the functions' security group (SourceSecurityGroupId)."
    case .endpointBlocksFunctions:
      return "Add an ingress rule for TCP 443 from the functions' security group."
    case .natSharedAcrossAZs: return "Use one NAT gateway and route table per AZ."
    case .roleLacksPermission: return "Attach the role that holds the permission to the function."
    case .malformedServicePrincipal:
      return "Write the bare host name, such as lambda.amazonaws.com."
    case .invokeOnWildcard: return "Scope the statement to the functions' ARNs."
    case .deprecatedRuntime: return "Move the function to a supported runtime."
    }
  }
}
