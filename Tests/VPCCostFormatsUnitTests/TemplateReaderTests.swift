import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// The CloudFormation YAML reader: every construct, types, errors with line and column, bounds.
@Suite struct TemplateReaderTests {
  static let templates = TestSupport.fixtures.appendingPathComponent("templates")

  /// Each template's JSON (cfn-lint's decoder agrees: scripts/compare-cfn-lint.sh).
  @Test(arguments: [
    "scalars.yaml", "intrinsics.yaml", "flow-and-nesting.yaml", "plain-json.json",
    "sam-vpc-lambda.yaml",
  ])
  func templatesMatchGolden(name: String) throws {
    let result = TestSupport.run(["cfn-json", Self.templates.appendingPathComponent(name).path])
    #expect(result.code == .ok, "\(result.stderr)")
    try Golden.check(result.stdout, against: "cfn-json-\(name).json")
  }

  private func json(_ yaml: String) throws -> String {
    try TemplateReader.read(yaml).json.serializedCompact()
  }

  @Test(arguments: [
    ("a: 1", #"{"a":1}"#),
    ("a: 0x1F", #"{"a":31}"#),
    ("a: 017", #"{"a":15}"#),
    ("a: 1:30", #"{"a":90}"#),
    ("a: 1e3", #"{"a":"1e3"}"#),
    ("a: 1.5e+3", #"{"a":1.5e+3}"#),
    ("a: .5", #"{"a":0.5}"#),
    ("a: 1.", #"{"a":1.0}"#),
    ("a: yes", #"{"a":true}"#),
    ("a: Off", #"{"a":false}"#),
    ("a: ~", #"{"a":null}"#),
    ("a:", #"{"a":null}"#),
    ("a: 2010-09-09", #"{"a":"2010-09-09"}"#),
    ("a: '017'", #"{"a":"017"}"#),
    ("a: !!str 12", #"{"a":"12"}"#),
    ("a: !Ref 30", #"{"a":{"Ref":"30"}}"#),
    ("a: !GetAtt R.Outputs.X", #"{"a":{"Fn::GetAtt":["R","Outputs.X"]}}"#),
    ("a: !GetAtt [R, Arn]", #"{"a":{"Fn::GetAtt":["R","Arn"]}}"#),
    ("a: !Condition C", #"{"a":{"Condition":"C"}}"#),
    ("a: !Whatever [1]", #"{"a":{"Fn::Whatever":[1]}}"#),
    ("a: !Sub\n  - x${y}\n  - y: 1", #"{"a":{"Fn::Sub":["x${y}",{"y":1}]}}"#),
    ("a: |-\n  x\n  y\n", #"{"a":"x\ny"}"#),
    ("a: >\n  x\n  y\n\n  z\n", #"{"a":"x y\nz\n"}"#),
    ("a: |+\n  x\n\n", #"{"a":"x\n\n"}"#),
    ("a: \"x\\ty\\u00e9\"", #"{"a":"x\ty"# + "é\"}"),
    ("a: 'it''s'", #"{"a":"it's"}"#),
    ("a: b # c", #"{"a":"b"}"#),
    ("a: b#c", #"{"a":"b#c"}"#),
    ("a:\n- 1\n- 2", #"{"a":[1,2]}"#),
    ("- a: 1\n  b: 2\n- c", #"[{"a":1,"b":2},"c"]"#),
    ("a: {b: [1, {c: d}], e: 'f'}", #"{"a":{"b":[1,{"c":"d"}],"e":"f"}}"#),
    ("a: plain\n  continued\n", #"{"a":"plain continued"}"#),
    ("--- \na: 1\n...\n", #"{"a":1}"#),
    ("", "{}"),
    ("# only a comment\n", "{}"),
    // Idioms of real VPC templates, each read as cfn-lint's YAML reader reads it (issue 14).
    (
      #"C: !Select [0, Fn::GetAZs: !Ref "AWS::Region"]"#,
      #"{"C":{"Fn::Select":[0,{"Fn::GetAZs":{"Ref":"AWS::Region"}}]}}"#
    ),
    ("D: [ Ref: X, Y ]", #"{"D":[{"Ref":"X"},"Y"]}"#),
    ("A:\n  B: !Join\n  - \"\"\n  - [a, b]\n", #"{"A":{"B":{"Fn::Join":["",["a","b"]]}}}"#),
    ("E: [0, !GetAZs ]", #"{"E":[0,{"Fn::GetAZs":""}]}"#),
    ("F: [one\n     two, three]", #"{"F":["one two","three"]}"#),
    ("F: [one\n\n  two]", #"{"F":["one\ntwo"]}"#),
    ("G: |\n  text", #"{"G":"text"}"#),
    ("G: |+\n  text", #"{"G":"text"}"#),
    ("G: >\n  folded\n  text", #"{"G":"folded text"}"#),
    // Issue 24: a float beyond a double's range is text (JSON has no infinity); a quoted
    // value after a tag is a value, not a key.
    ("H: 1.0e+99999", #"{"H":"1.0e+99999"}"#),
    ("H: 1.5e+3", #"{"H":1.5e+3}"#),
    ("H: 1.0e+308", #"{"H":1.0e+308}"#),
    ("H: 10.5e+308", #"{"H":"10.5e+308"}"#),
    ("H: 0.000e+99999", #"{"H":0.000e+99999}"#),
    ("I: !Sub 'a: b'", #"{"I":{"Fn::Sub":"a: b"}}"#),
  ])
  func constructs(yaml: String, json: String) throws {
    #expect(try self.json(yaml) == json)
  }

  @Test(arguments: [
    ("a: 1\na: 2", 2, 1, "duplicate key 'a' (first at line 1)"),
    ("a: &x 1", 1, 4, "anchors and aliases"),
    ("a: *x", 1, 4, "anchors and aliases"),
    ("? a\n: b", 1, 1, "complex mapping keys"),
    ("a: 1\n---\nb: 2", 2, 1, "a second YAML document"),
    ("a: \"open", 1, 4, "a quoted string is never closed"),
    ("a: [1, 2", 1, 9, "a ']' or '}' is missing"),
    ("a: b\n c: d", 2, 3, "bad indentation: expected a key at column 1"),
    // Rejected as cfn-lint rejects them, at the column it names (1-based).
    ("A: B: c\n", 1, 5, "a mapping cannot start on its key's line"),
    ("Resources:\n  X:\n    Type: a\n      Y: b\n", 4, 8, "bad indentation"),
    ("E: [0, !GetAZs]", 1, 15, "a tag must be followed by a space"),
    ("a:\n\tb: 1", 2, 1, "a tab in indentation"),
    ("a: \"\\q\"", 1, 6, "an unknown escape \\q"),
    ("a: |x\n  b", 1, 5, "block scalar header"),
    ("a: 1\nplain", 2, 6, "expected 'key: value'"),
    ("a: !<tag:x> 1", 1, 4, "is not a tag"),
    ("a: !!binary 1", 1, 13, "the tag !!binary is not supported"),
    ("~: 1", 1, 1, "a null key"),
    // Issue 24: keys that read as the same scalar are one key twice, as cfn-lint says.
    ("a:\n  1: x\n  0x1: y", 3, 1, "duplicate key '0x1' (read as '1', as '1' before it)"),
    ("yes: x\ntrue: y", 2, 1, "duplicate key 'true' (read as 'true', as 'yes' before it)"),
    // Issue 24: a tag before an implicit key tags the key, which CloudFormation does not take.
    ("A: !Ref a: 1", 1, 9, "the tag !Ref is on a mapping key"),
    ("!Sub 'a': 1", 1, 6, "the tag !Sub is on a mapping key"),
  ])
  func errorsNameLineAndColumn(yaml: String, line: Int, column: Int, message: String) {
    do {
      _ = try TemplateReader.read(yaml)
      Issue.record("accepted \(yaml)")
    } catch {
      #expect(error.line == line, "\(error)")
      #expect(error.column == column, "\(error)")
      #expect(error.message.contains(message), "\(error)")
    }
  }

  /// More than a million values is refused, whatever their shape.
  ///
  /// The reader's memory stays bounded (issue 24). A million and one zeros in a flow sequence: 2 MB, under the byte cap.
  @Test func valuesAreBounded() {
    let many = "a: [" + Array(repeating: "0", count: 1_000_001).joined(separator: ",") + "]"
    do {
      _ = try TemplateReader.read(many)
      Issue.record("accepted a million and one values")
    } catch {
      #expect(error.message.hasPrefix("more than 1,000,000 values"), "\(error)")
    }
    let fewer = "a: [" + Array(repeating: "0", count: 999_990).joined(separator: ",") + "]"
    #expect((try? TemplateReader.read(fewer)) != nil)
  }

  /// Deep nesting ends with a clear error, not a stack overflow.
  @Test func deepNestingIsBounded() {
    let flow = String(repeating: "[", count: 100_000)
    #expect(throws: TemplateError.self) { try TemplateReader.read("a: " + flow) }
    var block = ""
    for level in 0..<300 { block += String(repeating: " ", count: level) + "k\(level):\n" }
    do {
      _ = try TemplateReader.read(block)
      Issue.record("accepted 300 levels")
    } catch {
      #expect(error.message.contains("nesting deeper than 128 levels"))
    }
  }

  /// A 1 MB template of 8,000 resources reads completely.
  @Test func largeTemplateReads() throws {
    var yaml = "Resources:\n"
    var count = 0
    while yaml.utf8.count < 1 << 20 {
      yaml +=
        "  Sg\(count):\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: !Sub '${AWS::StackName} group \(count)'\n      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}]\n"
      count += 1
    }
    let template = try TemplateReader.read(yaml)
    #expect(template["Resources"]?.members?.count == count)
  }

  @Test func cfnJSONErrorsNameTheFile() throws {
    let path = try TestSupport.file("a: 1\n  b: 2\n", name: "bad.yaml")
    let result = TestSupport.run(["cfn-json", path])
    #expect(result.code == .dataError)
    #expect(result.stderr.hasPrefix("vpccost: error: \(path): line 2, column "))
    #expect(TestSupport.run(["cfn-json", "/nonexistent.yaml"]).code == .noInput)
  }
}
