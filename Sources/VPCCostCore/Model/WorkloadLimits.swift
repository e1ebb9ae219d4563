/// The bounds every workload is checked against, which also keep all money arithmetic in range.
///
/// With prices at most `Price.maximum` ($100 per unit), the largest line item is
/// 10^12 GB x $200 = 2 x 10^14 dollars, 2 x 10^36 units of `Money`: far below `Int128.max`.
package enum WorkloadLimits {
  /// The most traffic a month vpccost computes with: 10^12 GB (about 1 ZB).
  /// (A literal, 10^12 at 12 decimals, so that reading it runs no initializer:
  /// `LimitsTests.limitsAreTheirFormulas` holds it and `maxBytesPerMonth` to their formulas.)
  package static let maxGB = Quantity(units: 1_000_000_000_000_000_000_000_000)
  /// The most invocations a month: 10^15.
  package static let maxInvocations: Int128 = 1_000_000_000_000_000
  /// The largest request or response of one invocation: Lambda's 6 MB payload limit for a
  /// synchronous invocation (6,291,456 bytes).
  package static let maxLambdaPayloadBytes: Int128 = 6 << 20
  /// The largest size of one request, response or overhead: 1 TiB.
  package static let maxBytesPerPart: Int128 = 1 << 40
  /// The most hours in a month (31 days).
  package static let maxHours = 744
  /// The most endpoint services one comparison may name.
  package static let maxServices = 1_000
  /// The most bytes a month invocations may move: `maxGB` GB of 2^30 bytes (about 1.07 x 10^21),
  /// checked before the bytes are converted to GB, whose 12 decimals would overflow `Int128`
  /// past about 1.7 x 10^26 bytes.
  package static let maxBytesPerMonth: Int128 = 1_073_741_824_000_000_000_000  // 10^12 x 2^30
  /// The most spoke VPCs one comparison prices (and the break-even in VPCs searches).
  package static let maxVPCs = 10_000
  /// The most AZs when the price table does not know the region's count.
  package static let maxAZs = 32
}
