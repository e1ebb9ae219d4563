import Testing
import VPCCostTestSupport

@testable import VPCCostFormats
@testable import VPCCostReview

/// Parameter values in the forms users keep them: KEY=VALUE, and create-stack's JSON.
@Suite struct ParameterValuesTests {
  @Test(arguments: [
    ("Env=prod", "Env", "prod"), (" Env = prod ", "Env", "prod"), ("Url=a=b", "Url", "a=b"),
    ("Name=\"two words\"", "Name", "two words"), ("Empty=", "Empty", ""),
  ])
  func pairsSplitAtTheFirstEquals(text: String, key: String, value: String) throws {
    let pair = try #require(ParameterValues.pair(text))
    #expect(pair.key == key && pair.value == value)
  }

  @Test(arguments: ["Env", "=prod", ""])
  func textWithoutAKeyIsNoPair(text: String) {
    #expect(ParameterValues.pair(text) == nil)
  }

  @Test(arguments: [
    "# deploy overrides\nEnv=dev\n\nSubnets=subnet-1,subnet-2\n",
    #"[{"ParameterKey": "Env", "ParameterValue": "dev"}, {"ParameterKey": "Subnets", "ParameterValue": "subnet-1,subnet-2"}, {"ParameterKey": "Old", "UsePreviousValue": true}]"#,
    #"["Env=dev", "Subnets=subnet-1,subnet-2"]"#,
    #"{"Parameters": {"Env": "dev", "Subnets": "subnet-1,subnet-2"}}"#,
    #"{"Env": "dev", "Subnets": "subnet-1,subnet-2"}"#,
  ])
  func everyFormReadsTheSameValues(text: String) throws {
    #expect(
      try ParameterValues.read(text, file: "p") == ["Env": "dev", "Subnets": "subnet-1,subnet-2"])
  }

  @Test(arguments: [
    ("Env=dev\nnot a pair\n", "p: line 2: not KEY=VALUE: 'not a pair'"),
    (
      #"[{"Key": "Env"}]"#,
      "p: line 1: each item needs ParameterKey and ParameterValue (or is \"KEY=VALUE\")"
    ),
    (#"{"Env": [1]}"#, "p: line 1: the value of Env is not text"),
  ])
  func malformedFilesNameTheLine(text: String, message: String) {
    #expect(throws: InputError.self) { try ParameterValues.read(text, file: "p") }
    do {
      _ = try ParameterValues.read(text, file: "p")
    } catch {
      #expect(error.description == message)
    }
  }
}
