import Foundation
import Testing
import VPCCostTestSupport

/// The built binary on bad input across every command: the exit code, one clear line on stderr,
/// nothing on stdout, and no existing file changed.
@Suite struct BadInputEndToEndTests {
  /// A folder with files to misuse: a read-only output, a table, a folder, a bad batch file.
  static let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vpccost-bad-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(
      at: url.appendingPathComponent("tables"), withIntermediateDirectories: true)
    try? Data("keep\n".utf8).write(to: url.appendingPathComponent("existing.txt"))
    try? Data("locked\n".utf8).write(to: url.appendingPathComponent("locked.txt"))
    try? FileManager.default.setAttributes(
      [.posixPermissions: 0o444], ofItemAtPath: url.appendingPathComponent("locked.txt").path)
    try? Data(TestSupport.tableJSON(natHourly: "0,045").utf8).write(
      to: url.appendingPathComponent("tables/us-east-1.json"))
    try? FileManager.default.createDirectory(
      at: url.appendingPathComponent("duplicate"), withIntermediateDirectories: true)
    try? Data(
      TestSupport.tableJSON(extra: #", "natGateway": {"hourly": "0.045", "perGB": "0.045"}"#).utf8
    ).write(to: url.appendingPathComponent("duplicate/us-east-1.json"))
    try? Data("name,azs\nok,1\nbad,zero\n".utf8).write(to: url.appendingPathComponent("bad.csv"))
    try? Data("{\"products\": {".utf8).write(to: url.appendingPathComponent("truncated.json"))
    try? Data("not json".utf8).write(to: url.appendingPathComponent("notjson.json"))
    try? Data(TestSupport.tableJSON(natHourly: "100", natPerGB: "100", endpointHourly: "100").utf8)
      .write(to: url.appendingPathComponent("expensive.json"))
    let longColumn = String(repeating: "x", count: 5_000_000)
    try? Data("name,\(longColumn)\na,1\n".utf8).write(to: url.appendingPathComponent("long.csv"))
    try? Data("name,gb\na\u{0}b,5\n".utf8).write(to: url.appendingPathComponent("nul.csv"))
    try? Data("name,services\na,lambda;lamda\n".utf8).write(
      to: url.appendingPathComponent("typo.csv"))
    // Issue 24: rows and objects bounded by bytes whatever they hold, names that are UTF-8.
    try? Data(("name,gb\n" + String(repeating: ",", count: 3_000_000) + "\n").utf8).write(
      to: url.appendingPathComponent("commas.csv"))
    try? Data((String(repeating: ",", count: 3_000_000) + "\n").utf8).write(
      to: url.appendingPathComponent("header.csv"))
    try? Data(
      ("[{\"name\": \"a\", \"services\": ["
        + Array(repeating: "0", count: 1_000_000).joined(separator: ",") + "]}]").utf8
    ).write(to: url.appendingPathComponent("zeros.json"))
    try? Data([UInt8]("name,gb\n".utf8) + [0x61, 0xFF, 0x62] + [UInt8](",1\n".utf8)).write(
      to: url.appendingPathComponent("latin.csv"))
    // A 1 GB template that is sparse: refused after 8 MB are read, never read whole.
    _ = FileManager.default.createFile(
      atPath: url.appendingPathComponent("huge.yaml").path, contents: nil)
    if let handle = FileHandle(forWritingAtPath: url.appendingPathComponent("huge.yaml").path) {
      try? handle.truncate(atOffset: 1 << 30)
      try? handle.close()
    }
    return url
  }()

  static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  static let cases: [([String], Int32, String)] = [
    (["compare", "--invokes", "abc"], 64, "--invokes 'abc' is not a number"),
    (["compare", "--invokes", "NaN"], 64, "--invokes 'NaN' is not a number"),
    (["compare", "--invokes", "inf"], 64, "--invokes 'inf' is not a number"),
    (["compare", "--invokes", "Infinity"], 64, "--invokes 'Infinity' is not a number"),
    (["compare", "--invokes", "-5"], 64, "--invokes '-5' is negative"),
    (["compare", "--invokes", "1e999"], 64, "is more than"),
    (["compare", "--invokes", "340282366920938463463374607431768211456"], 64, "is more than"),
    (["compare", "--invokes", ""], 64, "--invokes '' is not a number"),
    (["compare", "--gb", "nan"], 64, "--gb 'nan' is not a number"),
    (["compare", "--gb", "1e13"], 64, "--gb '1e13' is more than"),
    (["compare", "--gb", "0x10"], 64, "--gb '0x10' is not a number"),
    (["compare", "--azs", ""], 64, "--azs '' is not a whole number"),
    (
      ["compare", "--azs", "99999999999999999999"], 64,
      "--azs '99999999999999999999' is not a whole number"
    ),
    (["compare", "--hours", "-1"], 64, "--hours '-1' is not a whole number of hours"),
    (
      ["compare", "--request-size", "1.5B"], 64,
      "--request-size '1.5B' is not a whole number of bytes"
    ),
    (["compare", "--request-size", "9TiB"], 64, "has an unknown unit"),
    (["compare", "--services", ",,,"], 64, "--services is empty"),
    (["compare", "--region", "mars-north-1"], 64, "unknown region 'mars-north-1'"),
    (["compare", "--region", "eu-west-l"], 64, "did you mean eu-west-1?"),
    (["compare", "--azs"], 64, "--azs needs a value"),
    (["compare", "--format", "xml"], 64, "--format 'xml' is not a format here"),
    (["compare", "--bogus"], 64, "unknown flag --bogus"),
    (["compair"], 64, "did you mean 'compare'?"),
    (["compare", "--internet-gb", "5", "--region", "ca-central-1"], 64, "has none"),
    (["compare", "--prices", path("missing-folder")], 66, "cannot read price table"),
    (
      ["compare", "--prices", path("tables")], 65,
      "key natGateway.hourly: '0,045' is not a decimal price"
    ),
    (["compare", "--prices", path("notjson.json")], 65, "not valid JSON"),
    (["compare", "--output", path("no/such/dir/out.txt")], 73, "does not exist"),
    (["compare", "--output", path("locked.txt")], 73, "the file exists and is read-only"),
    (["compare", "--output", folder.path], 73, "it is a folder"),
    (["compare", "--chart", path("no/such/chart.svg")], 73, "does not exist"),
    (["sweep"], 64, "sweep needs one range"),
    (["sweep", "--gb", "5..1"], 64, "FROM must be less than TO"),
    (
      ["sweep", "--gb", "1..10", "--points", "100000"], 64,
      "--points '100000' is not a whole number from 2 to 1000"
    ),
    (["batch", path("bad.csv")], 65, "row 2 (line 3), column azs: 'zero'"),
    (["batch", path("bad.csv"), "--output", path("existing.txt")], 65, "row 2 (line 3)"),
    (["batch", path("nope.csv")], 66, "cannot open"),
    (["batch", folder.path], 66, "it is a folder"),
    (["batch"], 64, "batch needs a FILE"),
    (["prices", "show"], 64, "prices show needs one REGION"),
    (["prices", "show", "xx-nowhere-9"], 64, "unknown region"),
    (["prices", "validate", path("tables")], 65, "key natGateway.hourly"),
    (
      ["prices", "import", path("truncated.json"), "--output-dir", path("tables")], 65,
      "the JSON ends early"
    ),
    (["prices", "import", path("nope.json"), "--output-dir", path("tables")], 66, "cannot open"),
    (
      ["prices", "import", path("truncated.json"), "--output-dir", path("no-dir")], 73,
      "the folder does not exist"
    ),
    (["prices", "frobnicate"], 64, "unknown prices command"),
    (["help", "frobnicate"], 64, "no help for 'frobnicate'"),
    // Issue 12: service names, limits, overflow, outputs, hostile input.
    (["compare", "--services", "lambda,lamda,sts"], 64, "'lamda' is not an AWS service"),
    (["compare", "--services", "s3"], 64, "free gateway endpoint: give its traffic as --s3-gb"),
    (["sweep", "--services", "1..3", "--gb", "5", "--region", "mars"], 64, "unknown region"),
    (
      ["template", "--design", "privatelink-per-az", "--services", "lamda"], 64,
      "did you mean lambda?"
    ),
    (["batch", path("typo.csv")], 65, "row 1 (line 2), column services: 'lamda'"),
    (["compare", "--invokes", "1e15", "--overhead-size", "171GB"], 64, "more than 10^12 GB"),
    (["compare", "--chart", path("chart.png")], 64, "is not an .svg file"),
    (["batch", path("long.csv")], 65, "a row longer than 1 MB"),
    (
      ["batch", path("nul.csv")], 65,
      "row 1 (line 2), column name: contains the control character U+0000"
    ),
    (["cfn-json", path("huge.yaml")], 65, "larger than 8 MB"),
    (["batch", path("commas.csv")], 65, "line 2: a row longer than 1 MB"),
    (["batch", path("header.csv")], 65, "line 1: a row longer than 1 MB"),
    (["batch", path("zeros.json")], 65, "an object longer than 1 MB"),
    (
      ["batch", path("latin.csv")], 65,
      "row 1 (line 2), column name: is not UTF-8 (byte 2 of the name); save the file as UTF-8"
    ),
    (["prices", "validate", path("duplicate")], 65, "duplicate key 'natGateway'"),
    (
      ["compare", "--bogus" + String(repeating: "y", count: 100_000)], 64, "unknown flag --bogusyyy"
    ),
    (["compare", "--region", String(repeating: "z", count: 100_000)], 64, "(100000 bytes)"),
    (["batch", "--", "-dash.csv"], 66, "cannot open -dash.csv"),
  ]

  static func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let name = enumerator?.nextObject() as? String {
      if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
        files[name] = data
      }
    }
    return files
  }

  @Test func everyBadInputIsOneClearLine() throws {
    let before = try Self.snapshot()
    for (arguments, status, message) in Self.cases {
      let result = try BuiltBinary.run(BuiltBinary.url, arguments)
      #expect(result.status == status, "\(arguments): exit \(result.status), \(result.stderr)")
      #expect(result.stdout.isEmpty, "\(arguments): stdout \(result.stdout)")
      #expect(result.stderr.hasPrefix("vpccost: error: "), "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      let lines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("vpccost: note:") }
      #expect(
        lines.count == 1 || arguments[0...1] == ["prices", "validate"],
        "\(arguments): \(result.stderr)")
    }
    #expect(try Self.snapshot() == before)
  }
}
