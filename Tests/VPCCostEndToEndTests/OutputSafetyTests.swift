import Foundation
import Testing
import VPCCostTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Files as Unix tools write them, no silent failure, and no crash inside the limits: the built
/// binary run through a shell, as users and CI run it.
@Suite(.serialized) struct OutputSafetyTests {
  static let binary = BuiltBinary.url.path

  /// Runs a shell command line with `$V` set to the binary; returns its status and streams.
  static func shell(
    _ script: String, in folder: URL
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    try BuiltBinary.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", "V='\(binary)'; " + script], in: folder)
  }

  static func folder() throws -> URL { try TestSupport.temporaryFolder() }

  /// Whether this process runs as root (tests that make devices or change owners need it).
  static let isRoot = geteuid() == 0

  /// Whether /dev/full exists (a device that fails every write with ENOSPC).
  static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

  /// Whether `env` takes `--default-signal` (GNU coreutils 8.31 or later).
  static let hasGNUEnv: Bool = {
    let env = URL(fileURLWithPath: "/usr/bin/env")
    return (try? BuiltBinary.run(env, ["--default-signal=TERM", "true"]))?.status == 0
  }()

  static func mode(_ path: URL) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as? Int) ?? -1
  }

  /// Names in a folder that look like vpccost's temporary files.
  static func leftovers(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains(".vpccost-")
    }
  }

  @Test func dashIsStandardOutput() throws {
    let folder = try Self.folder()
    let result = try Self.shell("$V compare --output - --format csv", in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("design,"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
  }

  /// With standard error and input closed, no file takes their numbers: the SARIF written to a
  /// file is whole JSON (it once began with the stale-price note), exit 1 for the fixture's
  /// errors, and a compare to a file starts with its header.
  @Test func closedStandardErrorNeverReachesAFile() throws {
    let folder = try Self.folder()
    let fixture = TestSupport.samFixture
    let review = try Self.shell(
      "$V review '\(fixture)' --format sarif --output out.sarif 2>&-", in: folder)
    #expect(review.status == 1)
    let sarif = try Data(contentsOf: folder.appendingPathComponent("out.sarif"))
    #expect(sarif.first == UInt8(ascii: "{"))
    #expect((try? JSONSerialization.jsonObject(with: sarif)) != nil)
    let compare = try Self.shell("$V compare --format csv --output out.csv 2>&- <&-", in: folder)
    #expect(compare.status == 0)
    let csv = try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("design,"))
  }

  /// The process's own descriptors named as files are those descriptors (issue 24):
  /// `--output /dev/stdout >> log` appends (it replaced the log), `| head` reads a pipe (it was
  /// exit 73, "the folder /proc/self/fd does not exist"), and bash's process substitution
  /// (`/dev/fd/63`) gets the rows.
  @Test func ownDescriptorsAreWrittenThrough() throws {
    let folder = try Self.folder()
    let appended = try Self.shell(
      "echo first > log && $V compare --format csv --output /dev/stdout >> log && cat log",
      in: folder)
    #expect(appended.status == 0, "\(appended.stderr)")
    #expect(appended.stdout.hasPrefix("first\ndesign,"))
    let piped = try Self.shell(
      "$V compare --format csv --output /proc/self/fd/1 | head -1", in: folder)
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout.hasPrefix("design,"))
    let bash = URL(fileURLWithPath: "/bin/bash")
    let substituted = try BuiltBinary.run(
      bash,
      [
        "-c",
        "'\(Self.binary)' compare --format csv --quiet --output >(wc -l > rows); sleep 0.2; cat rows",
      ],
      in: folder)
    #expect(substituted.status == 0, "\(substituted.stderr)")
    // The header and the defaults' five designs (NAT single-AZ, per AZ and regional, and
    // PrivateLink single-AZ and per AZ).
    #expect(substituted.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "6")
    #expect(try Self.leftovers(folder).isEmpty)
  }

  /// A batch to standard output checks every row, then streams (issue 24).
  ///
  /// It once spooled its whole output to a temporary file first (7.3 GB for 10^7 rows). 100,000 rows from a
  /// pipe: 100,001 summary lines; the same with a bad last row: exit 65 and not one byte.
  @Test func batchStreamsToStandardOutputAfterCheckingEveryRow() throws {
    let folder = try Self.folder()
    let rows = "(echo name,gb; seq 1 100000 | sed 's/^/w/; s/$/,1/')"
    let good = try Self.shell("\(rows) | $V batch - --summary | wc -l", in: folder)
    #expect(
      good.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "100001", "\(good.stderr)")
    let bad = try Self.shell(
      "(\(rows); echo bad,many) | $V batch - > out.csv; echo \"status=$?\"; wc -c < out.csv",
      in: folder)
    #expect(bad.stdout.hasPrefix("status=65\n0"), "\(bad.stdout)")
    #expect(bad.stderr.contains("row 100001 (line 100002), column gb"), "\(bad.stderr)")
  }

  /// As another user in a sticky folder, a 0666 file of root's is written as the shell's `>`
  /// writes it (issue 24): the rename over it is refused there (it was exit 73), so the
  /// complete output is copied in; the owner stays root and nothing is left over (root only,
  /// to make the other user's view with setpriv, as CI runs).
  @Test(.enabled(if: isRoot, "needs root to run as another user"))
  func anotherUsersWritableFileInAStickyFolder() throws {
    let folder = try Self.folder()
    let sticky = folder.appendingPathComponent("sticky")
    try FileManager.default.createDirectory(at: sticky, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: sticky.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    let file = sticky.appendingPathComponent("owned")
    try Data("old\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: file.path)
    let result = try Self.shell(
      "setpriv --reuid=65534 --regid=65534 --clear-groups $V compare --quiet --output '\(file.path)'",
      in: sticky)
    #expect(result.status == 0, "\(result.stderr)")
    let written = try String(contentsOf: file, encoding: .utf8)
    #expect(written.hasPrefix("NAT gateway or PrivateLink"))
    let owner = try FileManager.default.attributesOfItem(atPath: file.path)[.ownerAccountID] as? Int
    #expect(owner == 0)
    #expect(try Self.leftovers(sticky).isEmpty)
  }

  /// A character device made with mknod is written through, never replaced (root only, as CI).
  @Test(.enabled(if: isRoot, "needs root to mknod a device"))
  func asRootDevicesAreWrittenThrough() throws {
    let folder = try Self.folder()
    let result = try Self.shell("mknod null c 1 3 && $V compare --output null", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    var status = stat()
    #expect(stat(folder.appendingPathComponent("null").path, &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFCHR)
    #expect(try Self.leftovers(folder).isEmpty)
  }

  /// A FIFO is written through; the reader is waited for, not slept on.
  @Test func fifosAreWrittenThrough() throws {
    let folder = try Self.folder()
    let result = try Self.shell(
      "mkfifo pipe && { cat pipe > read.txt & reader=$!; } "
        + "&& $V compare --output pipe --format csv && wait $reader", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let read = try String(contentsOf: folder.appendingPathComponent("read.txt"), encoding: .utf8)
    #expect(read.hasPrefix("design,"))
  }

  /// A symbolic link is followed: the file it names is replaced, the link stays a link.
  @Test func symlinksAreFollowed() throws {
    let folder = try Self.folder()
    let result = try Self.shell(
      "echo old > target.csv && ln -s target.csv link.csv && $V compare --format csv --output link.csv",
      in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let target = try String(
      contentsOf: folder.appendingPathComponent("target.csv"), encoding: .utf8)
    #expect(target.hasPrefix("design,"))
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.appendingPathComponent("link.csv").path)
    #expect(link == "target.csv")
  }

  /// In a sticky world-writable folder, a link owned by someone else is refused (exit 73), as
  /// the kernel's protected_symlinks rule refuses it; the file it points to is untouched.
  @Test(.enabled(if: isRoot, "needs root to chown a link to another user"))
  func asRootStickyFolderLinksOfOthersAreRefused() throws {
    let folder = try Self.folder()
    let result = try Self.shell(
      """
      mkdir -m 1777 shared && echo secret > victim && ln -s ../victim shared/out.csv \
        && chown -h 65534 shared/out.csv && $V compare --output shared/out.csv
      """, in: folder)
    #expect(result.status == 73)
    #expect(result.stderr.contains("sticky world-writable folder"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let victim = try String(contentsOf: folder.appendingPathComponent("victim"), encoding: .utf8)
    #expect(victim == "secret\n")
  }

  /// A new file gets 0666 less the umask; an existing one keeps its mode.
  @Test(arguments: [("022", 0o644), ("077", 0o600), ("002", 0o664)])
  func newFilesFollowTheUmask(umask: String, expected: Int) throws {
    let folder = try Self.folder()
    let result = try Self.shell("umask \(umask) && $V compare --output new.txt", in: folder)
    #expect(result.status == 0)
    #expect(try Self.mode(folder.appendingPathComponent("new.txt")) == expected)
  }

  @Test func existingFilesKeepTheirMode() throws {
    let folder = try Self.folder()
    let result = try Self.shell(
      "echo old > a && chmod 755 a && echo old > c && chmod 640 c && $V compare --output a && $V compare --output c",
      in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.mode(folder.appendingPathComponent("a")) == 0o755)
    #expect(try Self.mode(folder.appendingPathComponent("c")) == 0o640)
    let a = try String(contentsOf: folder.appendingPathComponent("a"), encoding: .utf8)
    #expect(a.hasPrefix("NAT gateway or PrivateLink"))
  }

  /// A file with a second hard link is refused, never rewritten in place (issue 24).
  ///
  /// Killed during that copy, it was left truncated mid-row with its old contents gone. Exit 73 with
  /// the reason; both links keep the old content, and nothing is left over.
  @Test func hardLinkedFilesAreRefused() throws {
    let folder = try Self.folder()
    let result = try Self.shell(
      "echo old > a && ln a b && $V compare --output a", in: folder)
    #expect(result.status == 73)
    #expect(result.stderr.contains("the file has 2 hard links"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(try String(contentsOf: folder.appendingPathComponent("a"), encoding: .utf8) == "old\n")
    #expect(try String(contentsOf: folder.appendingPathComponent("b"), encoding: .utf8) == "old\n")
    #expect(try Self.leftovers(folder).isEmpty)
  }

  /// Root replacing a user's file leaves it the user's (root only, as CI runs).
  @Test(.enabled(if: isRoot, "needs root to chown a file to another user"))
  func asRootExistingFilesKeepTheirOwner() throws {
    let folder = try Self.folder()
    let result = try Self.shell(
      "echo old > theirs && chown 65534:65534 theirs && chmod 604 theirs && $V compare --output theirs",
      in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    var status = stat()
    #expect(stat(folder.appendingPathComponent("theirs").path, &status) == 0)
    #expect(status.st_uid == 65534 && status.st_gid == 65534)
    #expect(status.st_mode & 0o7777 == 0o604)
  }

  /// A full disk or a closed standard output is exit 74 with one line, never a silent 0.
  @Test(
    .enabled(if: hasDevFull, "needs /dev/full"),
    arguments: [
      "$V compare > /dev/full", "$V compare >&-", "$V compare --output /dev/full",
      "$V batch \(TestSupport.fixtures.path)/workloads.csv > /dev/full",
    ])
  func withDevFullFailedWritesAreExit74(script: String) throws {
    let result = try Self.shell(script, in: try Self.folder())
    #expect(result.status == 74, "\(script): \(result.stderr)")
    let errors = result.stderr.split(separator: "\n").filter { !$0.contains("note:") }
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("vpccost: error: cannot write") == true)
  }

  /// An input that opens but cannot be read (standard input on a folder: `read` fails with
  /// EISDIR) is exit 74 naming the input, not 66 "cannot open".
  @Test(arguments: ["$V batch - < .", "$V review - < .", "$V cfn-json - < ."])
  func readFailuresAreExit74(script: String) throws {
    let result = try Self.shell(script, in: try Self.folder())
    #expect(result.status == 74, "\(script): \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "vpccost: error: cannot read standard input: Is a directory\n")
  }

  /// A reader that goes away (`| head`) ends the run quietly, as SIGPIPE ends other tools.
  @Test func closedPipesEndQuietly() throws {
    let folder = try Self.folder()
    var rows = "name,gb\n"
    for index in 0..<20_000 { rows += "w\(index),\(index)\n" }
    try Data(rows.utf8).write(to: folder.appendingPathComponent("many.csv"))
    let result = try Self.shell(
      "$V batch many.csv | head -c 10 > /dev/null; echo \"status=$?\"", in: folder)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let pipeline = try Self.shell(
      "( $V batch many.csv; echo $? > code ) | head -c 10 > /dev/null", in: folder)
    #expect(pipeline.stderr.isEmpty)
    let code = try String(contentsOf: folder.appendingPathComponent("code"), encoding: .utf8)
    #expect(code == "141\n")
  }

  /// KILL or TERM in the middle of a large batch: the target is as it was, no temporary file.
  ///
  /// The batch reads a FIFO that the test holds open: writing the input (20,000 rows, 450 KB,
  /// seven times a pipe's buffer) into it returns only
  /// once vpccost has read all but the pipe's last 64 KiB, so the signal always lands in the
  /// middle of the run, never before it starts nor after it ends. (`env --default-signal`: the
  /// test runner may start its children with TERM and HUP ignored, which vpccost, like any
  /// program, then keeps ignored.)
  @Test(
    .enabled(if: hasGNUEnv, "needs GNU env --default-signal (coreutils 8.31 or later)"),
    arguments: ["KILL", "TERM", "HUP"])
  func withGNUEnvSignalsLeaveTheTargetAndNoTemporaryFile(signal: String) throws {
    let folder = try Self.folder()
    let result = try Self.shell(
      """
      awk 'BEGIN { print "name,gb,services"; for (i = 0; i < 20000; i++) \\
        printf "w%d,%d,lambda;sts\\n", i, i % 9000 }' > big.csv
      echo keep > out.csv && mkfifo in
      env --default-signal=TERM,HUP,INT $V batch - --output out.csv < in & pid=$!
      exec 3> in
      cat big.csv >&3
      kill -\(signal) $pid; wait $pid; echo "status=$?"
      exec 3>&-
      """, in: folder)
    #expect(result.stdout.contains("status=1"), "\(result.stdout)")  // 137, 143 or 129
    let target = try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
    #expect(target == "keep\n")
    #expect(try Self.leftovers(folder).isEmpty)
  }

  /// Two imports into one folder at once: the second exits 75 and changes nothing.
  ///
  /// Both could end 0 with tables from each (issue 24). `flock` holds the folder as a running
  /// import does.
  @Test func aSecondImportIntoOneFolderWaitsItsTurn() throws {
    let folder = try OfferFixtures.tableFolder()
    let before = try OfferFixtures.contents(folder)
    let offers = ["ec2.json", "vpc.json", "datatransfer.json"].map(OfferFixtures.offer)
    let result = try Self.shell(
      "flock '\(folder.path)' sleep 1.5 > /dev/null 2>&1 & holder=$!; sleep 0.5; $V prices import "
        + offers.map { "'\($0)'" }.joined(separator: " ")
        + " --output-dir '\(folder.path)'; echo \"status=$?\"; kill $holder", in: folder)
    #expect(result.stdout.hasSuffix("status=75\n"), "\(result.stdout) \(result.stderr)")
    #expect(result.stderr.contains("another vpccost prices import is writing its tables"))
    #expect(try OfferFixtures.contents(folder) == before)
  }

  /// An import killed after its commit is finished by the next run that reads the folder: the
  /// journal's staged table replaces its destination, a staged file no journal names is
  /// removed, and nothing is left over (issue 24).
  @Test func aReaderFinishesAnInterruptedImport() throws {
    let folder = try OfferFixtures.tableFolder()
    let table = folder.appendingPathComponent("us-east-1.json")
    let newer = try Data(contentsOf: table) + Data("\n".utf8)
    try newer.write(to: folder.appendingPathComponent(".vpccost-staged-us-east-1.json.part"))
    try Data("{}".utf8).write(
      to: folder.appendingPathComponent(".vpccost-staged-eu-west-1.json.part"))
    try Data("us-east-1.json\n".utf8).write(to: folder.appendingPathComponent(".vpccost-journal"))
    let result = try BuiltBinary.run(BuiltBinary.url, ["prices", "validate", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Data(contentsOf: table) == newer)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "eu-west-1.json", "us-east-1.json", "us-east-2.json",
      ])
  }

  /// An import that cannot write one of its tables changes none of them.
  @Test func importWithAnUnwritableTableChangesNothing() throws {
    let folder = try OfferFixtures.tableFolder()
    let locked = folder.appendingPathComponent("us-east-2.json")
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: locked.path)
    let before = try OfferFixtures.contents(folder)
    let offers = ["ec2.json", "vpc.json", "datatransfer.json"].map(OfferFixtures.offer)
    let result = try BuiltBinary.run(
      BuiltBinary.url, ["prices", "import"] + offers + ["--output-dir", folder.path])
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("us-east-2.json: the file exists and is read-only"))
    #expect(try OfferFixtures.contents(folder) == before)
    #expect(try Self.leftovers(folder).isEmpty)
  }

  /// The inputs its documents allow never trap: each is answered or refused with a line.
  @Test(arguments: [
    ("--invokes 1e15 --overhead-size 171GB", 64),
    ("--prices expensive.json --gb 1e11 --chart c.svg", 0),
    (
      "--prices expensive.json --gb 1e12 --internet-gb 1e12 --s3-gb 1e12 --services 1000 --hours 744 --azs 3 --chart c.svg",
      0
    ),
    ("--prices free-nat.json --services 1000 --azs 32 --hours 744 --chart c.svg", 0),
  ])
  func overflowCasesAreAnsweredOrRefused(arguments: String, status: Int32) throws {
    let folder = try Self.folder()
    try Data(
      TestSupport.tableJSON(
        natHourly: "100", natPerGB: "100", endpointHourly: "100",
        tiers: #"[{"upToGB": "1048576", "perGB": "100"}, {"perGB": "100"}]"#, ipv4: "100",
        crossAZ: "100",
        extra: #", "internetOut": {"tiers": [{"perGB": "100"}]}"#
      ).utf8
    ).write(to: folder.appendingPathComponent("expensive.json"))
    try Data(
      TestSupport.tableJSON(
        natHourly: "0", natPerGB: "0", endpointHourly: "100",
        tiers: #"[{"perGB": "0.0000000001"}]"#, ipv4: "0"
      ).replacing(#""azCount": 3, "#, with: "").utf8
    ).write(to: folder.appendingPathComponent("free-nat.json"))
    let result = try Self.shell("$V compare \(arguments) > out.txt", in: folder)
    #expect(result.status == status, "\(arguments): \(result.stderr)")
    #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("crashed"))
    let sweep = try Self.shell(
      "$V sweep --prices expensive.json --services 1..1000 --gb 1e12 --chart s.svg > s.csv",
      in: folder)
    #expect(sweep.status == 0, "\(sweep.stderr)")
  }

  /// Files are read wherever they come from: standard input as `-` or `/dev/stdin`, and FIFOs.
  @Test(arguments: [
    "cat t.yaml | $V cfn-json /dev/stdin", "cat t.yaml | $V cfn-json -",
    "mkfifo f && (cat t.yaml > f &) && $V cfn-json f",
  ])
  func standardInputAndFIFOsAreRead(script: String) throws {
    let folder = try Self.folder()
    try Data("Resources:\n  A: {Type: 'AWS::SNS::Topic'}\n".utf8).write(
      to: folder.appendingPathComponent("t.yaml"))
    let result = try Self.shell(script, in: folder)
    #expect(result.status == 0, "\(script): \(result.stderr)")
    #expect(result.stdout.contains("\"Type\": \"AWS::SNS::Topic\""))
  }

  /// A price table is size-checked while it is read: a 300 MB `source` costs one megabyte.
  @Test func oversizedPriceTablesAreRefusedWhileRead() throws {
    let folder = try Self.folder()
    let huge = TestSupport.tableJSON().replacing(
      #""source": "test""#, with: "\"source\": \"\(String(repeating: "s", count: 3 << 20))\"")
    try Data(huge.utf8).write(to: folder.appendingPathComponent("us-east-1.json"))
    let result = try Self.shell("$V compare --prices us-east-1.json", in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains("larger than 1 MB"), "\(result.stderr)")
  }
}
