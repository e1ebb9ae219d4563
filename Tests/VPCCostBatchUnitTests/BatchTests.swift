import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostBatch
@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// `vpccost batch`: formats (golden files), input edge cases and every error path.
@Suite struct BatchTests {
  @Test(arguments: [
    ("batch.csv", ["workloads.csv"]),
    ("batch.json", ["workloads.csv", "--format", "json"]),
    ("batch-summary.csv", ["workloads.csv", "--summary"]),
    ("batch-summary.json", ["workloads.json", "--summary", "--format", "json"]),
  ])
  func outputMatchesGolden(golden: String, arguments: [String]) throws {
    let path = TestSupport.fixtures.appendingPathComponent(arguments[0]).path
    let result = TestSupport.run(["batch", path] + arguments.dropFirst())
    #expect(result.code == .ok, "\(result.stderr)")
    try Golden.check(result.stdout, against: golden)
  }

  /// CSV and JSON inputs describing the same workloads give the same summary.
  @Test func csvAndJSONInputsAgree() {
    let csv = TestSupport.run([
      "batch", TestSupport.fixtures.appendingPathComponent("workloads.csv").path, "--summary",
    ])
    let json = TestSupport.run([
      "batch", TestSupport.fixtures.appendingPathComponent("workloads.json").path, "--summary",
    ])
    #expect(csv.code == .ok && json.code == .ok)
    #expect(csv.stdout == json.stdout)
  }

  /// The summary's figures, worked out by hand.
  @Test func summaryFiguresByHand() throws {
    let result = TestSupport.run([
      "batch", TestSupport.fixtures.appendingPathComponent("workloads.csv").path, "--summary",
    ])
    let rows = try StrictCSV.parse(result.stdout)
    let header = rows[0]
    let byName = Dictionary(
      uniqueKeysWithValues: rows.dropFirst().map {
        ($0[0], Dictionary(uniqueKeysWithValues: zip(header, $0)))
      })
    // api: see CalculatorTests.usEast1TwoAZsDefaultWorkload.
    #expect(byName["api"]?["monthly_cost"] == "14.64")
    #expect(byName["api"]?["monthly_savings"] == "58.53")
    // etl: 3 x 3 x 730 x 0.011 + 500 x 0.01 = 77.27 against 105.12 + 24 + 10.95 = 140.07.
    #expect(byName["etl, nightly"]?["monthly_cost"] == "77.27")
    #expect(byName["etl, nightly"]?["compared_cost"] == "140.07")
    // =cmd: 5 endpoints tie one NAT gateway with its address at 36.50; PrivateLink wins.
    #expect(byName["'=cmd|calc"]?["recommended_design"] == "privatelink-per-az")
    #expect(byName["'=cmd|calc"]?["monthly_savings"] == "0.00")
    // dev: us-west-2, 2 AZs, 720 h, single-AZ allowed; 2.5e6 x 9 KiB = 21.457672119140625 GB.
    // privatelink-single-az: 2 x 720 x 0.01 + D x 0.01 + D x 1/2 x 0.02 = 14.40 + 0.43 = 14.83.
    #expect(byName["dev \"sandbox\""]?["recommended_design"] == "privatelink-single-az")
    #expect(byName["dev \"sandbox\""]?["gb_per_month"] == "21.457672119141")
    #expect(byName["dev \"sandbox\""]?["monthly_cost"] == "14.83")
  }

  @Test func headerOnlyGivesHeaderOrEmptyArray() throws {
    let csv = TestSupport.run(["batch", try TestSupport.file("name,azs\r\n"), "--summary"])
    #expect(csv.code == .ok)
    #expect(csv.stdout == BatchWriter.summaryColumns.joined(separator: ",") + "\r\n")
    let json = TestSupport.run([
      "batch", try TestSupport.file("  [ ]\n", name: "in.json"), "--format", "json",
    ])
    #expect(json.code == .ok)
    #expect(json.stdout == "{\"schemaVersion\":2,\"designs\":[]}\n")
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let csv = TestSupport.run([
      "batch", try TestSupport.file("\u{FEFF}name,gb\na,1\n"), "--summary",
    ])
    #expect(csv.code == .ok, "\(csv.stderr)")
    #expect(csv.stdout.contains("\r\na,us-east-1,2,lambda,1,"))
    let json = TestSupport.run([
      "batch", try TestSupport.file("\u{FEFF}[{\"name\":\"a\",\"gb\":1}]"), "--summary",
    ])
    #expect(json.stdout == csv.stdout)
  }

  @Test(arguments: [
    ("", "the file is empty"),
    ("   \n", "the file is empty"),
    ("region,azs\nus-east-1,2\n", "header: the 'name' column is missing"),
    ("name,az\na,2\n", "header: unknown column 'az'; did you mean azs?"),
    ("name,azs,azs\na,1,2\n", "header: column 'azs' appears twice"),
    ("name,azs\na,2,3\n", "row 1 (line 2): 3 fields where the header has 2"),
    ("name,azs\n,2\n", "row 1 (line 2), column name: is empty"),
    (
      "name,azs\na,2\nb,9\n", "row 2 (line 3), column azs: '9' is more than the 6 AZs us-east-1 has"
    ),
    (
      "name,invokes,gb\na,1e6,5\n",
      "row 1 (line 2): column gb and column invokes cannot be given together"
    ),
    ("name,region\na,us-east-7\n", "row 1 (line 2), column region: unknown region 'us-east-7'"),
    (
      "name,services\na,\"lambda,lambda\"\n",
      "row 1 (line 2), column services: 'lambda' is listed twice"
    ),
    (
      "name,request_size\na,1.5B\n",
      "row 1 (line 2), column request_size: '1.5B' is not a whole number of bytes"
    ),
    ("name,hours\na,0\n", "row 1 (line 2), column hours: '0' is not a whole number of hours"),
    (
      "name,allow_single_az\na,maybe\n",
      "row 1 (line 2), column allow_single_az: 'maybe' is not true or false"
    ),
    ("name,invokes\na,NaN\n", "row 1 (line 2), column invokes: 'NaN' is not a number"),
    ("name,azs\n\"a,2\n", "line 2: a quoted field is never closed"),
    ("name,azs\na\"b,2\n", "line 2: a quote inside an unquoted field"),
    (
      "[{\"name\": \"a\"} {\"name\": \"b\"}]",
      "line 1, column 16: expected ',' or ']' in an array"
    ),
    ("[{\"name\": \"a\", \"azs\": {\"n\": 2}}]", "line 1, column 23: 'azs' holds an object"),
    ("[{\"name\": \"a\", \"gb\": tru}]", "expected true"),
    ("[{\"name\": \"a\"}] x", "text after the closing ']'"),
    ("[{\"name\": \"a\"", "line 1, column 14: the JSON ends early (is the file truncated?)"),
    ("[{\"nam\": \"a\"}]", "row 1 (line 1): unknown column 'nam'; did you mean name?"),
    (
      "[{\"name\": \"a\", \"azs\": 0}]",
      "row 1 (line 1), column azs: '0' is not a whole number of AZs"
    ),
    ("[{\"name\": \"a\\q\"}]", "an unknown escape \\q"),
    ("[[\"a\"]]", "expected an object"),
  ])
  func badInputStopsWithRowColumnAndProblem(text: String, message: String) throws {
    let result = TestSupport.run(["batch", try TestSupport.file(text)])
    #expect(result.code == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
  }

  @Test func commandLineErrors() throws {
    #expect(TestSupport.run(["batch"]).stderr.contains("batch needs a FILE"))
    #expect(TestSupport.run(["batch", "a", "b"]).stderr.contains("batch takes one FILE, not 2"))
    let missing = TestSupport.run(["batch", "/nonexistent/w.csv"])
    #expect(missing.code == .noInput)
    #expect(missing.stderr.contains("cannot open /nonexistent/w.csv: No such file or directory"))
    let folder = TestSupport.run(["batch", FileManager.default.temporaryDirectory.path])
    #expect(folder.code == .noInput)
    #expect(folder.stderr.contains("it is a folder; give a file"))
    let format = TestSupport.run(["batch", try TestSupport.file("name\na\n"), "--format", "table"])
    #expect(format.code == .usage)
    #expect(format.stderr.contains("--format 'table' is not a format here; use csv, json"))
  }

  /// Standard input through the built binary.
  @Test func readsStandardInput() throws {
    let process = Process()
    process.executableURL = BuiltBinary.url
    process.arguments = ["batch", "-", "--summary"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data("name,gb\r\nx,0\r\n".utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    // 2 x 730 x 0.01 = 14.60 against 2 x 730 x 0.05 = 73.00
    #expect(
      String(decoding: data, as: UTF8.self).contains(
        "x,us-east-1,2,lambda,0,,1,privatelink-per-az,privatelink,per-az,14.60,nat-per-az,73.00,58.40,USD,2025-11-04\r\n"
      ))
  }
}
