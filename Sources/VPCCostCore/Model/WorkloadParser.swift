/// Turns typed workload input into a validated `Workload`, checking it against the region's table.
///
/// Every rule reads the field's UTF-8 bytes, so that `compare`'s flags and `batch`'s rows are
/// checked by the same code, and a batch row builds no `String` unless it is wrong.
public enum WorkloadParser {
  /// The region used when none is given.
  public static let defaultRegion = "us-east-1"

  /// Validates every field; the first problem is thrown with its field.
  public static func parse(
    _ input: WorkloadInput, table: PriceTable
  ) throws(WorkloadError) -> Workload {
    var cache = ServiceSelectionCache()
    return try parse(input, table: table, services: &cache)
  }

  /// Validates every field, taking service lists already read from `services` (a batch reads
  /// the same few lists on millions of rows).
  package static func parse(
    _ input: WorkloadInput, table: PriceTable, services cache: inout ServiceSelectionCache
  ) throws(WorkloadError) -> Workload {
    try input.withSpans { (bytes, starts, ends) throws(WorkloadError) -> Workload in
      try parse(bytes: bytes, starts: starts, ends: ends, table: table, services: &cache)
    }
  }

  /// Validates fields lent in place as a batch chunk lays them out: field `i` is
  /// `bytes[starts[i]..<ends[i]]`, or not given when `starts[i]` is negative.
  ///
  /// A range outside `bytes` is a bug in the caller and stops the program (a precondition).
  package static func parse(
    bytes: Span<UInt8>, starts: Span<Int>, ends: Span<Int>, table: PriceTable,
    services cache: inout ServiceSelectionCache
  ) throws(WorkloadError) -> Workload {
    try WorkloadFields.viewing(bytes, starts, ends) { (fields) throws(WorkloadError) -> Workload in
      try parse(fields, table: table, services: &cache)
    }
  }

  /// The range of `bytes` that holds the region code, trimmed; nil when none is given.
  ///
  /// Trimmed as `ByteText.trimmed` trims (`RegionRangeTests` holds the two to each other).
  package static func regionRange(bytes: Span<UInt8>, starts: Span<Int>, ends: Span<Int>)
    -> Range<Int>?
  {
    // Read from the spans directly (bounds-checked), without building the whole checked view:
    // a batch looks the region up before it parses the row.
    let index = WorkloadField.region.index
    var start = starts[index]
    guard start >= 0 else { return nil }
    var end = ends[index]
    precondition(start <= end && end <= bytes.count, "the region field lies in the bytes")
    while start < end && ByteText.isSpace(bytes[start]) { start += 1 }
    while end > start && ByteText.isSpace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// Validates fields viewed in place (`WorkloadFields.viewing`).
  static func parse(
    _ input: WorkloadFields, table: PriceTable, services cache: inout ServiceSelectionCache
  ) throws(WorkloadError) -> Workload {
    let azs = try parseAZs(input.bytes(.azs), table: table)
    let traffic = try parseTraffic(input)
    let request = try size(input, .requestSize, default: 1_024)
    let response = try size(input, .responseSize, default: 1_024)
    let overhead = try size(input, .overheadSize, default: 2_048)
    let preset = try parsePreset(input.bytes(.preset))
    let services = try cache.selection(input.bytes(.services), preset: preset) {
      (bytes, preset) throws(WorkloadError) in try parseServices(bytes, preset: preset)
    }
    let vpcs = try parseVPCs(input.bytes(.vpcs), table: table)
    let hours = try parseHours(input.bytes(.hours))
    let allowSingleAZ = try parseBool(input.bytes(.allowSingleAZ), field: .allowSingleAZ)
    let internet = try gigabytes(input, .internetGB)
    try checkInternetPrice(internet.multiplied(by: vpcs), table: table)
    if case .invocations(let count) = traffic,
      count * (request + response + overhead) > WorkloadLimits.maxBytesPerMonth
    {
      // At most 10^15 x 3 x 2^40 bytes: the product itself stays far inside Int128.
      throw WorkloadError(
        .invokes, "describes more than 10^12 GB a month; check the count and the sizes")
    }
    let workload = Workload(
      region: table.region, azs: azs, traffic: traffic, requestBytes: request,
      responseBytes: response, overheadBytes: overhead, services: services, hours: hours,
      allowSingleAZ: allowSingleAZ, internetGB: internet, s3GB: try gigabytes(input, .s3GB),
      dynamoDBGB: try gigabytes(input, .dynamoDBGB), vpcs: vpcs,
      tgwExisting: try parseBool(input.bytes(.tgwExisting), field: .tgwExisting), preset: preset)
    if workload.gbPerMonth > WorkloadLimits.maxGB {
      throw WorkloadError(
        .invokes, "describes more than 10^12 GB a month; check the count and the sizes")
    }
    try checkOrganisationTotals(workload)
    return workload
  }

  /// The region named in the input, or the default (the same trimming as a batch row's).
  public static func region(of input: WorkloadInput) -> String {
    input.withSpans { bytes, starts, ends in
      guard let range = regionRange(bytes: bytes, starts: starts, ends: ends) else {
        return defaultRegion
      }
      var region: [UInt8] = []
      for index in range { region.append(bytes[index]) }
      return ByteText.string(region)
    }
  }

  static func parseAZs(_ bytes: FieldBytes?, table: PriceTable) throws(WorkloadError)
    -> Int
  {
    guard let bytes else { return 2 }
    let most = table.azCount ?? WorkloadLimits.maxAZs
    guard let azs = ByteText.integer(ByteText.trimmed(bytes)), azs >= 1 else {
      throw WorkloadError(
        .azs, "\(quoting: ByteText.string(bytes)) is not a whole number of AZs from 1 to \(most)")
    }
    guard azs <= most else {
      throw WorkloadError(
        .azs,
        "\(quoting: ByteText.string(bytes)) is more than the \(most) AZs \(table.region) has; give 1 to \(most)"
      )
    }
    return azs
  }

  static func parseTraffic(_ input: WorkloadFields) throws(WorkloadError) -> Traffic {
    switch (input.bytes(.invokes), input.bytes(.gb)) {
    case (.some, .some):
      throw WorkloadError(.gb, conflictsWith: .invokes)
    case (_, .some(let bytes)):
      return .gigabytes(
        try nonNegative(bytes, field: .gb, limit: WorkloadLimits.maxGB, what: "GB"))
    case (let bytes, nil):
      guard let bytes else { return .invocations(1_000_000) }
      // Plain digits, the usual count, are whole already: no 128-bit division to check it.
      if let whole = ByteText.plainDigits(ByteText.trimmed(bytes)),
        Int128(whole) <= WorkloadLimits.maxInvocations
      {
        return .invocations(Int128(whole))
      }
      let count = try nonNegative(
        bytes, field: .invokes, limit: Quantity(whole: WorkloadLimits.maxInvocations),
        what: "invocations")
      guard count.units % DecimalText.tenToThe(Quantity.scale) == 0 else {
        throw WorkloadError(
          .invokes, "\(quoting: ByteText.string(bytes)) is not a whole number of invocations")
      }
      return .invocations(count.wholePart)
    }
  }

  static func nonNegative(
    _ bytes: FieldBytes, field: WorkloadField, limit: Quantity, what: String
  ) throws(WorkloadError) -> Quantity {
    let trimmed = ByteText.trimmed(bytes)
    // Plain digits, the usual cell, skip the general reader; they read the same through it.
    if let whole = ByteText.plainDigits(trimmed) {
      let value = Quantity(whole: Int128(whole))
      if value <= limit { return value }
    }
    switch Quantity.parse(bytes: trimmed, limit: limit) {
    case .success(let value) where value.units >= 0:
      return value
    case .success:
      throw WorkloadError(
        field, "\(quoting: ByteText.string(bytes)) is negative; give 0 or more \(what)")
    case .failure(.outOfRange):
      throw WorkloadError(
        field,
        "\(quoting: ByteText.string(bytes)) is more than \(limit.display(places: 0)) \(what) a month"
      )
    case .failure(.tooPrecise):
      throw WorkloadError(
        field, "\(quoting: ByteText.string(bytes)) has more than \(Quantity.scale) decimals")
    case .failure(.malformed):
      throw WorkloadError(
        field,
        "\(quoting: ByteText.string(bytes)) is not a number such as 1000000, 1e6 or 1_000_000")
    }
  }

  static func gigabytes(_ input: WorkloadFields, _ field: WorkloadField) throws(WorkloadError)
    -> Quantity
  {
    guard let bytes = input.bytes(field) else { return .zero }
    return try nonNegative(bytes, field: field, limit: WorkloadLimits.maxGB, what: "GB")
  }

  /// Internet traffic needs the table's internet egress price, for the whole volume.
  static func checkInternetPrice(_ internet: Quantity, table: PriceTable) throws(WorkloadError) {
    guard internet > .zero else { return }
    guard let tiers = table.internetOut else {
      throw WorkloadError(
        .internetGB,
        "needs an internet data-transfer-out price, and the \(table.region) table has none (\(table.origin)); add internetOut to a table and pass it with --prices"
      )
    }
    guard tiers.covers(internet) else {
      let known = tiers.tiers.last?.upToGB?.display(places: 0) ?? "0"
      throw WorkloadError(
        .internetGB,
        "'\(internet.decimalString)' is beyond the \(known) GB a month that the \(table.region) table has internet egress prices for"
      )
    }
  }

  static func size(
    _ input: WorkloadFields, _ field: WorkloadField, default fallback: Int128
  ) throws(WorkloadError) -> Int128 {
    guard let text = input.bytes(field) else { return fallback }
    switch DataSize.bytes(text) {
    case .success(let bytes):
      if field != .overheadSize && bytes > WorkloadLimits.maxLambdaPayloadBytes {
        throw WorkloadError(
          field,
          "\(quoting: ByteText.string(text)) is more than Lambda's 6 MB (6,291,456-byte) payload limit for a synchronous invocation; give larger transfers as GB a month (--gb, the gb column)"
        )
      }
      return bytes
    case .failure(let problem): throw WorkloadError(field, problem.message)
    }
  }

  static func parseServices(
    _ bytes: FieldBytes?, preset: ServicePreset? = nil
  ) throws(WorkloadError) -> ServiceSelection {
    guard let bytes else {
      return preset.map { ServiceSelection(names: $0.services) } ?? .lambdaOnly
    }
    let text = ByteText.string(bytes)
    let parsed: ServiceSelection
    switch ServiceSelection.parse(text) {
    case .success(let services): parsed = services
    case .failure(let problem): throw WorkloadError(.services, problem.message)
    }
    guard let preset else { return parsed }
    guard !parsed.names.isEmpty else {
      throw WorkloadError(
        .services,
        "\(quoting: text) is a count, which cannot be added to the \(preset.rawValue) preset; name the extra services, such as sqs,secretsmanager"
      )
    }
    let extra = parsed.names.filter { !preset.services.contains($0) }
    guard preset.services.count + extra.count <= WorkloadLimits.maxServices else {
      throw WorkloadError(.services, "names more than \(WorkloadLimits.maxServices) services")
    }
    return ServiceSelection(names: preset.services + extra)
  }

  static func parsePreset(_ bytes: FieldBytes?) throws(WorkloadError) -> ServicePreset? {
    guard let bytes else { return nil }
    let name = ByteText.trimmed(bytes)
    if name.isEmpty { return nil }
    if let preset = ServicePreset.allCases.first(where: { $0.rawValue.utf8.elementsEqual(name) }) {
      return preset
    }
    let hint = ClosestMatch.suggestion(
      for: ByteText.string(name), among: ServicePreset.allCases.map(\.rawValue)
    ).map { "did you mean \($0)? " }
    throw WorkloadError(
      .preset,
      "\(quoting: ByteText.string(bytes)) is not a preset (\(hint ?? "")presets: \(ServicePreset.names))"
    )
  }

  static func parseVPCs(_ bytes: FieldBytes?, table: PriceTable) throws(WorkloadError)
    -> Int
  {
    guard let bytes else { return 1 }
    guard let vpcs = wholeNumber(bytes, in: 1...WorkloadLimits.maxVPCs) else {
      throw WorkloadError(
        .vpcs,
        "\(quoting: ByteText.string(bytes)) is not a whole number of VPCs from 1 to \(DecimalText.grouped(String(WorkloadLimits.maxVPCs)))"
      )
    }
    if vpcs >= 2 && table.transitGateway == nil {
      throw WorkloadError(
        .vpcs,
        "needs Transit Gateway prices, and the \(table.region) table has none (\(table.origin)); add transitGateway to a table and pass it with --prices"
      )
    }
    return vpcs
  }

  /// All VPCs' traffic together stays within the limits the money arithmetic is sized for.
  static func checkOrganisationTotals(_ workload: Workload) throws(WorkloadError) {
    guard workload.vpcs >= 2 else { return }
    guard
      workload.totalGB <= WorkloadLimits.maxGB
        && workload.totalInternetGB <= WorkloadLimits.maxGB
        && workload.totalGatewayEndpointGB <= WorkloadLimits.maxGB
    else {
      throw WorkloadError(
        .vpcs,
        "\(workload.vpcs) VPCs of this workload move more than 10^12 GB a month together; check the VPC count and the traffic"
      )
    }
  }

  /// A whole number within `range`, spaces around it allowed, or nil.
  static func wholeNumber(_ bytes: FieldBytes, in range: ClosedRange<Int>) -> Int? {
    ByteText.integer(ByteText.trimmed(bytes)).flatMap { range.contains($0) ? $0 : nil }
  }

  static func parseHours(_ bytes: FieldBytes?) throws(WorkloadError) -> Int {
    guard let bytes else { return 730 }
    guard let hours = wholeNumber(bytes, in: 1...WorkloadLimits.maxHours) else {
      throw WorkloadError(
        .hours,
        "\(quoting: ByteText.string(bytes)) is not a whole number of hours from 1 to \(WorkloadLimits.maxHours) (partial hours bill as full hours)"
      )
    }
    return hours
  }

  static func parseBool(_ bytes: FieldBytes?, field: WorkloadField) throws(WorkloadError)
    -> Bool
  {
    guard let bytes else { return false }
    let word = ByteText.trimmed(bytes)
    if ByteText.equalsIgnoringCase(word, "true") || ByteText.equalsIgnoringCase(word, "yes")
      || ByteText.equalsIgnoringCase(word, "1")
    {
      return true
    }
    if word.isEmpty || ByteText.equalsIgnoringCase(word, "false")
      || ByteText.equalsIgnoringCase(word, "no") || ByteText.equalsIgnoringCase(word, "0")
    {
      return false
    }
    throw WorkloadError(field, "\(quoting: ByteText.string(bytes)) is not true or false")
  }
}
