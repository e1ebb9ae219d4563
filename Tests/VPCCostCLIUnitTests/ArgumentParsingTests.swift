import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

/// The command line: argv in, exit code and the one line on stderr out; nothing on stdout.
@Suite struct ArgumentParsingTests {
  @Test(arguments: [
    (
      ["compare", "--azs", "7"], ExitCode.usage,
      "--azs '7' is more than the 6 AZs us-east-1 has; give 1 to 6"
    ),
    (["compare", "--azs", "0"], .usage, "--azs '0' is not a whole number of AZs from 1 to 6"),
    (
      ["compare", "--azs", "3", "--region", "us-west-1"], .usage,
      "more than the 2 AZs us-west-1 has"
    ),
    (
      ["compare", "--region", "ap-northeast-l"], .usage,
      "unknown region 'ap-northeast-l': no price table for it in the embedded price tables; did you mean ap-northeast-1?"
    ),
    (
      ["compare", "--regoin", "us-east-1"], .usage,
      "unknown flag --regoin for 'compare'; did you mean --region?"
    ),
    (
      ["compare", "--invokes", "1e6", "--gb", "5"], .usage,
      "--gb and --invokes cannot be given together"
    ),
    (
      ["compare", "--invokes", "1.5"], .usage,
      "--invokes '1.5' is not a whole number of invocations"
    ),
    (
      ["compare", "--invokes", "NaN"], .usage,
      "--invokes 'NaN' is not a number such as 1000000, 1e6 or 1_000_000"
    ),
    (["compare", "--invokes", "inf"], .usage, "--invokes 'inf' is not a number"),
    (["compare", "--invokes", ""], .usage, "--invokes '' is not a number"),
    (
      ["compare", "--invokes", "1e16"], .usage,
      "--invokes '1e16' is more than 1,000,000,000,000,000 invocations a month"
    ),
    (
      ["compare", "--invokes", "99999999999999999999999999999999999999999"], .usage, "is more than"
    ),
    (["compare", "--gb", "-1"], .usage, "--gb '-1' is negative; give 0 or more GB"),
    (["compare", "--gb", "1e13"], .usage, "--gb '1e13' is more than 1,000,000,000,000 GB a month"),
    (["compare", "--gb"], .usage, "--gb needs a value (GB)"),
    (
      ["compare", "--request-size", "10MB"], .usage,
      "--request-size '10MB' is more than Lambda's 6 MB (6,291,456-byte) payload limit"
    ),
    (
      ["compare", "--region", "cn-north-1"], .usage,
      "'cn-north-1' is in AWS China, which vpccost does not cover"
    ),
    (
      ["compare", "--region", "us-gov-west-1"], .usage,
      "'us-gov-west-1' is in AWS GovCloud (US), which vpccost does not cover"
    ),
    (["compare", "--services", ""], .usage, "--services is empty"),
    (["compare", "--services", "lambda,lambda"], .usage, "--services 'lambda' is listed twice"),
    (
      ["compare", "--services", "Lambda"], .usage,
      "--services 'Lambda' is not an endpoint service name"
    ),
    (
      ["compare", "--services", "0"], .usage,
      "--services '0' is out of range; give 1 to 1000 services"
    ),
    (
      ["compare", "--hours", "800"], .usage,
      "--hours '800' is not a whole number of hours from 1 to 744"
    ),
    (["compare", "--hours", "730.5"], .usage, "--hours '730.5' is not a whole number of hours"),
    (
      ["compare", "--format", "jsno"], .usage,
      "--format 'jsno' is not a format here; use table, json, csv, markdown; did you mean json?"
    ),
    (["comprae"], .usage, "unknown command 'comprae'; did you mean 'compare'?"),
    (["compare", "extra"], .usage, "unexpected argument 'extra' for 'compare'"),
    (["compare", "--azs", "2", "--azs", "3"], .usage, "--azs is given twice; give it once"),
    (
      ["compare", "--request-size", "1.3B"], .usage,
      "--request-size '1.3B' is not a whole number of bytes"
    ),
    (["compare", "--response-size", "7 TB"], .usage, "--response-size '7 TB' has an unknown unit"),
    (["compare", "--overhead-size", "2TiB"], .usage, "--overhead-size '2TiB' has an unknown unit"),
    (
      ["compare", "--invokes", "1e15", "--overhead-size", "1GiB"], .usage,
      "--invokes describes more than 10^12 GB a month"
    ),
    (["compare", "--allow-single-az=yes"], .usage, "--allow-single-az takes no value"),
    // Issue 24: a flag-like value is a forgotten value, never a file named `--`.
    (
      ["compare", "--output", "--"], .usage,
      "--output needs a value (FILE), not --; to give a value that starts with '--', write --output=--"
    ),
    (
      ["compare", "--output", "--format", "csv"], .usage,
      "--output needs a value (FILE), not --format; to give a value that starts with '--', write --output=--format"
    ),
    // Issue 25: a format word given to --output is the AWS CLI's habit, not a file name.
    (
      ["compare", "--output", "json"], .usage,
      "--output 'json' would write to a file named json; did you mean --format json? (a file named json: ./json)"
    ),
    (
      ["sweep", "--gb", "1..10", "-o", "SARIF"], .usage,
      "--output 'SARIF' would write to a file named SARIF; did you mean --format sarif? (a file named SARIF: ./SARIF)"
    ),
    // Issue 24: one file for the output and the chart would lose one of them.
    (
      ["compare", "--output", "cost.svg", "--chart", "./cost.svg"], .usage,
      "--output and --chart both name './cost.svg'; give the chart a file of its own (--chart cost.svg)"
    ),
    (
      ["sweep", "--gb", "1..100", "--output", "sweep.svg", "--chart", "sweep.svg"], .usage,
      "--output and --chart both name 'sweep.svg'; give the chart a file of its own (--chart cost.svg)"
    ),
    (
      ["compare", "--prices", "/nonexistent/tables"], .noInput,
      "cannot read price table /nonexistent/tables: no such file or folder"
    ),
    (["help", "nope"], .usage, "no help for 'nope'"),
    (["--bogus"], .usage, "unknown option '--bogus'"),
  ])
  func badInputIsOneClearLine(arguments: [String], code: ExitCode, message: String) {
    let result = TestSupport.run(arguments)
    #expect(result.code == code)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("vpccost: error: "))
    #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
  }

  /// Good spellings all reach the same workload.
  @Test(arguments: [
    ["--invokes", "1e6"], ["--invokes", "1000000"], ["--invokes", "1_000_000"],
    ["--invokes=1e6"], ["--invokes", "1E6", "--request-size", "1 KiB"], [],
  ])
  func invocationSpellings(extra: [String]) throws {
    let result = TestSupport.run(["compare", "--format", "json"] + extra)
    #expect(result.code == .ok)
    #expect(result.stdout.contains(#""invocations": "1000000""#))
    #expect(result.stdout.contains(#""gbPerMonth": "3.814697265625""#))
  }

  /// `-f FORMAT` and `-o FILE` are `--format` and `--output`, as other tools spell them
  /// (issue 25); `./json` names a file called json on purpose.
  @Test func shortFormsAreTheLongFlags() throws {
    let folder = try TestSupport.temporaryFolder()
    let short = folder.appendingPathComponent("short.csv").path
    let long = folder.appendingPathComponent("long.csv").path
    #expect(TestSupport.run(["compare", "-f", "csv", "-o", short]).code == .ok)
    #expect(TestSupport.run(["compare", "--format", "csv", "--output", long]).code == .ok)
    let shortText = try String(contentsOfFile: short, encoding: .utf8)
    #expect(shortText.hasPrefix("design,technology,layout"))
    #expect(shortText == (try String(contentsOfFile: long, encoding: .utf8)))
    let named = folder.appendingPathComponent("json").path
    #expect(TestSupport.run(["compare", "--output", named]).code == .ok)
    #expect(FileManager.default.fileExists(atPath: named))
  }

  @Test func helpAndVersionGoToStdout() {
    for arguments in [
      ["--help"], ["-h"], ["help"], ["help", "compare"], ["compare", "--help"],
    ] {
      let result = TestSupport.run(arguments)
      #expect(result.code == .ok)
      #expect(result.stderr.isEmpty)
      #expect(result.stdout.contains("vpccost"))
    }
    #expect(TestSupport.run(["--version"]).stdout == "vpccost \(CLI.version)\n")
    // No arguments at all is a usage error: one line on stderr, exit 64.
    let none = TestSupport.run([])
    #expect(none.code == .usage)
    #expect(none.stdout.isEmpty)
    #expect(none.stderr.hasPrefix("vpccost: error: no command given; usage: vpccost COMMAND"))
  }

  /// Every compare flag is in the help, with the units of --gb spelled out.
  @Test func helpListsEveryFlag() {
    let help = TestSupport.run(["help", "compare"]).stdout
    for flag in CompareCommand().info.flags { #expect(help.contains(flag.name)) }
    #expect(help.contains("2^30 bytes"))
  }
}
