import Testing
import VPCCostTestSupport

@testable import VPCCostFormats
@testable import VPCCostReview

/// CloudFormation's semantics as the evaluator reads them: every intrinsic and condition
/// function with known, unknown and mixed inputs, against a small template written for it.
@Suite struct TemplateEvaluatorTests {
  static let template = """
    Parameters:
      Env: {Type: String, Default: prod}
      Vpc: {Type: 'AWS::EC2::VPC::Id'}
      Subnets: {Type: 'List<AWS::EC2::Subnet::Id>', Default: 'subnet-1, subnet-2'}
      Names: {Type: CommaDelimitedList}
      Count: {Type: Number, Default: 2}
    Mappings:
      RegionMap:
        us-east-1: {Service: sqs}
    Conditions:
      IsProd: !Equals [!Ref Env, prod]
      IsDev: !Not [!Condition IsProd]
      HasVpc: !Not [!Equals [!Ref Vpc, '']]
      ProdAndVpc: !And [!Condition IsProd, !Condition HasVpc]
      DevAndVpc: !And [!Condition IsDev, !Condition HasVpc]
      ProdOrVpc: !Or [!Condition IsProd, !Condition HasVpc]
      DevOrVpc: !Or [!Condition IsDev, !Condition HasVpc]
      SameEitherWay: !Equals [!If [HasVpc, a, a], a]
    Resources:
      SubnetA: {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc}}
      SubnetB: {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc}}
      DevOnly: {Type: 'AWS::SNS::Topic', Condition: IsDev}
    """

  /// The evaluator of the test template in a context.
  static func evaluator(_ context: EvaluationContext = EvaluationContext()) throws
    -> TemplateEvaluator
  {
    TemplateEvaluator(try TemplateReader.read(template), context: context)
  }

  /// The value of a YAML snippet in the test template's context.
  static func value(_ snippet: String, _ context: EvaluationContext = EvaluationContext())
    throws -> TemplateValue
  {
    let node = try #require(try TemplateReader.read("v: \(snippet)\n")["v"])
    return try evaluator(context).value(node)
  }

  static let usEast1 = EvaluationContext(region: "us-east-1", azCount: 6)

  // Known, unknown and mixed, for each function: (snippet, context, expected value).
  static let cases: [(String, EvaluationContext, TemplateValue)] = [
    // Ref: parameters (default, given, none, lists), pseudo parameters, resources.
    ("!Ref Env", EvaluationContext(), .text("prod")),
    ("!Ref Env", EvaluationContext(parameters: ["Env": "dev"]), .text("dev")),
    ("!Ref Vpc", EvaluationContext(), .unknown(.parameter("Vpc"))),
    ("!Ref Subnets", EvaluationContext(), .list([.text("subnet-1"), .text("subnet-2")])),
    ("!Ref Names", EvaluationContext(), .unknown(.parameter("Names"))),
    (
      "!Ref Names", EvaluationContext(parameters: ["Names": "a,b"]),
      .list([.text("a"), .text("b")])
    ),
    ("!Ref Count", EvaluationContext(), .text("2")),
    ("!Ref AWS::Region", usEast1, .text("us-east-1")),
    ("!Ref AWS::Region", EvaluationContext(), .unknown(.pseudo("AWS::Region"))),
    ("!Ref AWS::Partition", EvaluationContext(region: "cn-north-1"), .text("aws-cn")),
    ("!Ref AWS::URLSuffix", EvaluationContext(region: "cn-north-1"), .text("amazonaws.com.cn")),
    ("!Ref AWS::AccountId", usEast1, .unknown(.pseudo("AWS::AccountId"))),
    ("!Ref SubnetA", EvaluationContext(), .reference("SubnetA", attribute: nil)),
    (
      "!Ref Missing", EvaluationContext(),
      .unknown(.malformed("Ref to Missing, which the template does not define"))
    ),
    // Fn::GetAtt, both forms.
    (
      "!GetAtt SubnetA.AvailabilityZone", EvaluationContext(),
      .reference("SubnetA", attribute: "AvailabilityZone")
    ),
    ("!GetAtt [SubnetB, VpcId]", EvaluationContext(), .reference("SubnetB", attribute: "VpcId")),
    // Fn::If: a known condition takes its branch; an unknown one keeps both; AWS::NoValue.
    ("!If [IsProd, a, b]", EvaluationContext(), .text("a")),
    (
      "!If [HasVpc, a, b]", EvaluationContext(),
      .oneOf([.text("a"), .text("b")], condition: "HasVpc")
    ),
    ("!If [IsDev, x, !Ref AWS::NoValue]", EvaluationContext(), .noValue),
    ("[a, !If [IsDev, b, !Ref AWS::NoValue]]", EvaluationContext(), .list([.text("a")])),
    (
      "{A: 1, B: !If [IsDev, 2, !Ref AWS::NoValue]}", EvaluationContext(),
      .map([TemplateMember(key: "A", value: .text("1"))])
    ),
    // Condition functions used as values.
    ("!Equals [!Ref Env, prod]", EvaluationContext(), .text("true")),
    ("!Equals [!Ref Vpc, vpc-1]", EvaluationContext(), .unknown(.parameter("Vpc"))),
    // Fn::FindInMap, with DefaultValue.
    ("!FindInMap [RegionMap, !Ref AWS::Region, Service]", usEast1, .text("sqs")),
    (
      "!FindInMap [RegionMap, !Ref AWS::Region, Service]", EvaluationContext(),
      .unknown(.pseudo("AWS::Region"))
    ),
    (
      "!FindInMap [RegionMap, eu-west-1, Service]", EvaluationContext(),
      .unknown(.malformed("the mapping RegionMap has no entry eu-west-1, Service"))
    ),
    (
      "!FindInMap [RegionMap, eu-west-1, Service, {DefaultValue: sns}]", EvaluationContext(),
      .text("sns")
    ),
    // Fn::GetAZs and Fn::Select: the Nth AZ, known count or not; lists.
    ("!GetAZs ''", usEast1, .zones(count: 6)),
    ("!GetAZs eu-west-1", usEast1, .zones(count: nil)),
    ("!Select [1, !GetAZs '']", usEast1, .zone(1)),
    ("!Select [4, !GetAZs '']", EvaluationContext(), .zone(4)),
    ("!Select [0, !Ref Subnets]", EvaluationContext(), .text("subnet-1")),
    ("!Select ['1', [a, b]]", EvaluationContext(), .text("b")),
    ("!Select [0, !Ref Names]", EvaluationContext(), .unknown(.parameter("Names"))),
    ("!Select [!Ref Vpc, [a, b]]", EvaluationContext(), .unknown(.parameter("Vpc"))),
    // Fn::Split and Fn::Join, and the two undoing each other.
    (
      "!Split [',', 'a,b,,c']", EvaluationContext(),
      .list([.text("a"), .text("b"), .text(""), .text("c")])
    ),
    ("!Join ['-', [a, b, c]]", EvaluationContext(), .text("a-b-c")),
    ("!Join ['', ['arn:', !Ref AWS::Partition, ':s3']]", usEast1, .text("arn:aws:s3")),
    (
      "!Join [',', [!Ref SubnetA, x]]", EvaluationContext(),
      .composite([.reference("SubnetA", attribute: nil), .text(",x")])
    ),
    ("!Split [',', !Join [',', !Ref Names]]", EvaluationContext(), .unknown(.parameter("Names"))),
    (
      "!Split [',', !Join [',', !Ref Subnets]]", EvaluationContext(),
      .list([.text("subnet-1"), .text("subnet-2")])
    ),
    (
      "!Split [',', !Sub ['${A},${B}', {A: !Ref SubnetA, B: !Ref SubnetB}]]", EvaluationContext(),
      .list([.reference("SubnetA", attribute: nil), .reference("SubnetB", attribute: nil)])
    ),
    ("!Split [';', !Ref Vpc]", EvaluationContext(), .unknown(.parameter("Vpc"))),
    // Fn::Sub: pseudo parameters, parameters, resources, attributes, ${!Literal}.
    ("!Sub 'com.amazonaws.${AWS::Region}.sqs'", usEast1, .text("com.amazonaws.us-east-1.sqs")),
    (
      "!Sub 'com.amazonaws.${AWS::Region}.sqs'", EvaluationContext(),
      .composite([.text("com.amazonaws."), .unknown(.pseudo("AWS::Region")), .text(".sqs")])
    ),
    ("!Sub '${!Literal}-${Env}'", EvaluationContext(), .text("${Literal}-prod")),
    (
      "!Sub '${SubnetA.AvailabilityZone}'", EvaluationContext(),
      .reference("SubnetA", attribute: "AvailabilityZone")
    ),
    ("!Sub ['${X}.${Y}', {X: a, Y: !Ref Env}]", EvaluationContext(), .text("a.prod")),
    // Fn::Length, Fn::ToJsonString, Fn::Cidr, Fn::ImportValue, Fn::Base64.
    ("!Length [a, b, c]", EvaluationContext(), .text("3")),
    ("!Length {'Fn::GetAZs': ''}", usEast1, .text("6")),
    ("{'Fn::Length': !Ref Names}", EvaluationContext(), .unknown(.parameter("Names"))),
    ("{'Fn::ToJsonString': {a: [1, x]}}", EvaluationContext(), .text(#"{"a":["1","x"]}"#)),
    ("{'Fn::ToJsonString': {a: !Ref Vpc}}", EvaluationContext(), .unknown(.parameter("Vpc"))),
    (
      "!Cidr ['10.0.0.0/16', 3, 8]", EvaluationContext(),
      .list(Array(repeating: .unknown(.computed("Fn::Cidr")), count: 3))
    ),
    ("!Length {'Fn::Cidr': ['10.0.0.0/16', !Ref Count, 8]}", EvaluationContext(), .text("2")),
    ("!ImportValue NetworkStack-Vpc", EvaluationContext(), .unknown(.imported)),
    ("{'Fn::Base64': !Ref Env}", EvaluationContext(), .text("prod")),
  ]

  @Test(arguments: cases.indices)
  func valuesEvaluateAsCloudFormationWould(index: Int) throws {
    let (snippet, context, expected) = Self.cases[index]
    let actual = try Self.value(snippet, context)
    #expect(actual == expected, "\(snippet) gave \(actual)")
  }

  /// Conditions in three-valued logic: an unknown member decides nothing that a known one
  /// settles (`Fn::And` with a false member is false, `Fn::Or` with a true one is true).
  @Test(arguments: [
    ("IsProd", ConditionValue.known(true)), ("IsDev", .known(false)),
    ("HasVpc", .unknown(.parameter("Vpc"))), ("ProdAndVpc", .unknown(.parameter("Vpc"))),
    ("DevAndVpc", .known(false)), ("ProdOrVpc", .known(true)),
    ("DevOrVpc", .unknown(.parameter("Vpc"))), ("SameEitherWay", .known(true)),
    ("Nothing", .unknown(.malformed("there is no condition named Nothing"))),
  ])
  func conditionsHoldAsCloudFormationDecides(name: String, expected: ConditionValue) throws {
    #expect(try Self.evaluator().condition(name) == expected)
  }

  /// Given values change conditions: with Env=dev the dev conditions hold, and the resource
  /// whose `Condition` is IsDev is created.
  @Test func givenParametersDecideConditions() throws {
    let evaluator = try Self.evaluator(
      EvaluationContext(parameters: ["Env": "dev", "Vpc": "vpc-1"]))
    #expect(try evaluator.condition("IsDev") == .known(true))
    #expect(try evaluator.condition("DevAndVpc") == .known(true))
    let root = try TemplateReader.read(Self.template)
    let devOnly = try #require(root["Resources"]?["DevOnly"])
    #expect(try evaluator.creates(devOnly) == .known(true))
    #expect(try Self.evaluator().creates(devOnly) == .known(false))
  }

  /// A circle of conditions is refused, naming it, as CloudFormation refuses it.
  @Test func conditionCyclesAreRefused() throws {
    let root = try TemplateReader.read(
      "Conditions:\n  C1: !Condition C2\n  C2: !Not [!Condition C3]\n  C3: !Condition C1\n")
    #expect(throws: TemplateEvaluationError.conditionCycle(["C1", "C2", "C3", "C1"])) {
      try TemplateEvaluator(root).condition("C1")
    }
  }

  /// An index known to be outside a known list is refused with its line.
  @Test func selectOutsideAKnownListIsRefused() throws {
    #expect(throws: TemplateEvaluationError.selectOutOfRange(index: 6, count: 6, line: 1)) {
      try Self.value("!Select [6, !GetAZs '']", Self.usEast1)
    }
    #expect(throws: TemplateEvaluationError.selectOutOfRange(index: 2, count: 2, line: 1)) {
      try Self.value("!Select [2, !Ref Subnets]")
    }
  }

  /// Conditions that fan out (C0 to C6, each an `Fn::And` of 30 copies of the next) are
  /// evaluated once each: without memoising, C0 alone would take 30^6 evaluations.
  @Test func conditionsThatFanOutAreEvaluatedOnceEach() throws {
    var text = "Parameters:\n  P: {Type: String, Default: x}\nConditions:\n"
    for level in 0..<6 {
      let copies = Array(repeating: "!Condition C\(level + 1)", count: 30).joined(separator: ", ")
      text += "  C\(level): !And [\(copies)]\n"
    }
    text += "  C6: !Equals [!Ref P, x]\n"
    #expect(try TemplateEvaluator(try TemplateReader.read(text)).condition("C0") == .known(true))
  }
}
