// The libFuzzer entry point for every parser of vpccost. Built by scripts/fuzz.sh against the
// package's modules (compiled with -enable-testing and `-sanitize=fuzzer,address`); the target
// is chosen by the environment variable VPCCOST_FUZZ_TARGET. A crash (a trap, an ASan report, a
// timeout) is a finding: scripts/fuzz.sh keeps the input, and it becomes a regression test in
// Tests/VPCCostCLIUnitTests/FuzzRegressionTests.swift.

/// The parsers that can be fuzzed.
enum FuzzTarget: String, CaseIterable {
  case arguments, numbers, batchCSV = "batch-csv", batchJSON = "batch-json"
  case priceTable = "price-table", offerJSON = "offer-json", offerCSV = "offer-csv"
  case template, pipeline

  static let selected: FuzzTarget = {
    let name = getenv("VPCCOST_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      fatalError("set VPCCOST_FUZZ_TARGET to one of \(allCases.map(\.rawValue))")
    }
    return target
  }()
}

#if canImport(Glibc)
  import Glibc
#endif
@testable import VPCCostBatch
@testable import VPCCostCLI
@testable import VPCCostCore
@testable import VPCCostFormats
@testable import VPCCostReview

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  FuzzHarness.run(FuzzTarget.selected, bytes)
  return 0
}

/// What each target does with one input: parse it, and use what parses.
enum FuzzHarness {
  static func run(_ target: FuzzTarget, _ bytes: [UInt8]) {
    switch target {
    case .arguments: arguments(bytes)
    case .numbers: numbers(String(decoding: bytes, as: UTF8.self))
    case .batchCSV, .batchJSON: batch(bytes)
    case .priceTable: priceTable(bytes)
    case .offerJSON, .offerCSV: offer(bytes)
    case .template: template(bytes)
    case .pipeline: pipeline(bytes)
    }
  }

  /// Arguments separated by NUL bytes, run through the whole CLI in memory. Commands and flags
  /// that touch the file system or standard input are left out.
  static func arguments(_ bytes: [UInt8]) {
    let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    let allowed: Set<String> = ["compare", "sweep", "help", "--help", "--version", "-h"]
    guard let command = arguments.first, allowed.contains(command),
      !arguments.contains(where: { $0.hasPrefix("--output") || $0.hasPrefix("--chart") || $0.hasPrefix("--prices") || $0 == "-" })
    else { return }
    var stdout = ""
    var stderr = ""
    let code = CLI.run(arguments, stdout: &stdout, stderr: &stderr, environment: CLIEnvironment(today: "2025-12-01"))
    // The contract: on failure one line on stderr and nothing on stdout.
    if code != .ok && (!stdout.isEmpty || stderr.filter({ $0 == "\n" }).count != 1) {
      fatalError("exit \(code) with stdout \(stdout.count) bytes, stderr \(stderr)")
    }
  }

  /// Numbers, sizes and service lists; whatever parses must format and parse back the same.
  static func numbers(_ text: String) {
    if case .success(let units) = DecimalText.parse(text, scale: 12, allowExponent: true) {
      let again = DecimalText.parse(DecimalText.format(units, scale: 12), scale: 12)
      guard again == .success(units) else { fatalError("round trip of \(text) failed") }
      _ = DecimalText.format(units, scale: 12, places: 2)
    }
    _ = DataSize.bytes(text)
    _ = ServiceSelection.parse(text)
    _ = Price.parse(text)
    _ = SweepRange.parse(text, axis: .gigabytes, scale: .log).map { $0.points(7, whole: false) }
  }

  /// A batch file, CSV or JSON, read and priced until the first error: row by row, and also
  /// through the threaded pipeline.
  static func batch(_ bytes: [UInt8]) {
    do {
      var reader = try BatchRecordReader(source: ByteSource(bytes: bytes, name: "fuzz"))
      var runner = BatchRunner(catalog: .embedded)
      var writer = BatchWriter(mode: .designs, format: bytes.first == UInt8(ascii: "[") ? .json : .csv)
      var input = WorkloadInput()
      writer.begin()
      while let row = try reader.next(into: &input) {
        writer.write(try runner.evaluate(row, input: input, file: "fuzz"), name: row.name ?? [])
      }
      writer.end()
      writer.drain { _ in }
    } catch {
      _ = "\(error)"
    }
    do {
      var reader = try BatchRecordReader(source: ByteSource(bytes: bytes, name: "fuzz"))
      try BatchPipeline(catalog: .embedded, mode: .summary, workers: 2).run(
        &reader, emit: { _ in }, progress: { _ in })
    } catch {
      _ = "\(error)"
    }
  }

  /// A price table; when it validates, it prices a workload.
  static func priceTable(_ bytes: [UInt8]) {
    guard let table = try? PriceTableDecoder.decode(bytes, origin: "fuzz", expectedRegion: nil) else { return }
    let workload = Workload(
      region: table.region, azs: 2, traffic: .gigabytes(Quantity(whole: 6_000_000)), internetGB: .zero)
    let comparison = CostCalculator(table: table).compare(workload)
    _ = ComparisonJSON.document(comparison).serialized()
  }

  /// An offer file, JSON or CSV by its first byte, collected and merged into a new table.
  static func offer(_ bytes: [UInt8]) {
    do {
      let source = ByteSource(bytes: bytes, name: "fuzz")
      var metadata = OfferMetadata()
      var collector = OfferCollector()
      var offers: [OfferPrice] = []
      if bytes.first == UInt8(ascii: "{") {
        var reader = OfferJSONReader(source: source)
        try reader.read(metadata: &metadata) { offers.append($0) }
      } else {
        var reader = OfferCSVReader(source: source)
        try reader.read(metadata: &metadata) { offers.append($0) }
      }
      for offer in offers { try collector.add(offer, metadata: metadata, file: "fuzz") }
      for (_, region) in collector.regions {
        _ = try TableMerger.merge(region, into: nil, path: "fuzz")
      }
    } catch {
      _ = "\(error)"
    }
  }

  /// A SAM/CloudFormation template (YAML or JSON): read, written back as JSON and YAML, and
  /// reviewed when it reads. What cfn-json prints must read back to the same document.
  static func template(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    guard let root = try? TemplateReader.read(text) else { return }
    let json = root.json
    guard let again = try? TemplateReader.read(json.serialized()), again.json == json else {
      fatalError("cfn-json output does not read back to the same document")
    }
    _ = YAMLWriter.yaml(json)
    if let review = try? TemplateReview.review(root, input: WorkloadInput(), catalog: .embedded) {
      _ = ReviewRenderer.render(review, path: "fuzz.yaml", format: .markdown)
    }
  }

  /// The whole of compare and sweep, from arguments to rendered output and charts, over a price
  /// table made from the input: NUL-separated fields, the first six being the NAT hourly and
  /// per-GB, endpoint hourly and first-tier, IPv4 and cross-AZ prices (any that `prices
  /// validate` accepts, $0 to $100), the rest workload flags. Seeds sit at the bounds.
  static func pipeline(_ bytes: [UInt8]) {
    let fields = bytes.split(separator: 0, omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    guard fields.count >= 6 else { return }
    let prices = Array(fields[0..<6])
    let file = PriceTableFile(
      schemaVersion: 1, region: "us-east-1", location: "Fuzz", currency: "USD", azCount: nil,
      effectiveDate: "2025-11-04", source: "fuzz", confidence: "price-list", usageTypePrefix: nil,
      natGateway: .init(hourly: prices[0], perGB: prices[1]), regionalNatGateway: nil,
      interfaceEndpoint: .init(
        hourlyPerAZ: prices[2],
        dataTiers: [
          .init(upToGB: "1048576", perGB: prices[3]), .init(upToGB: "5242880", perGB: prices[3]),
          .init(upToGB: nil, perGB: prices[3]),
        ]),
      publicIPv4: .init(hourly: prices[4]), crossAZ: .init(perGBEachDirection: prices[5]),
      internetOut: .init(tiers: [.init(upToGB: nil, perGB: prices[1])]), unverified: nil)
    guard let table = try? PriceTableValidator.validate(file, origin: "fuzz", expectedRegion: nil),
      let parsed = try? ParsedFlags.parse(
        Array(fields.dropFirst(6)), flags: SweepCommand().allFlags, command: "sweep")
    else { return }
    let calculator = CostCalculator(table: table)
    var input = WorkloadFlags.input(parsed)
    if let workload = try? WorkloadParser.parse(input, table: table) {
      let comparison = calculator.compare(workload)
      for format in OutputFormat.allCases {
        _ = format.render(comparison, options: RenderOptions(csvDetail: true, chartPath: "c.svg"))
      }
      _ = DesignChart.render(comparison)
    }
    for (axis, field, range) in [
      (SweepAxis.gigabytes, WorkloadField.gb, "1..1e12"), (.services, .services, "1..1000"),
    ] {
      input[field] = nil
      if field == .gb { input[.invokes] = nil }
      guard case .success(let sweepRange) = SweepRange.parse(
        range, axis: axis, scale: axis == .services ? .linear : .log),
        let sweep = try? Sweeper(calculator: calculator).sweep(
          input, axis: axis, range: sweepRange, points: 20)
      else { continue }
      _ = SweepChart.render(sweep)
      _ = SweepRenderer.csv(sweep)
    }
  }
}
