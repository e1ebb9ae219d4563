/// The bounds every workload is checked against, which also keep all money arithmetic in range.
///
/// With prices at most `Price.maximum` ($100 per unit), the largest line item is
/// 10^12 GB x $200 = 2 x 10^14 dollars, 2 x 10^36 units of `Money`: far below `Int128.max`.
public enum WorkloadLimits {
  /// The most traffic a month vpccost computes with: 10^12 GB (about 1 ZB).
  public static let maxGB = Quantity(whole: 1_000_000_000_000)
  /// The most invocations a month: 10^15.
  public static let maxInvocations: Int128 = 1_000_000_000_000_000
  /// The largest size of one request, response or overhead: 1 TiB.
  public static let maxBytesPerPart: Int128 = 1 << 40
  /// The most hours in a month (31 days).
  public static let maxHours = 744
  /// The most endpoint services one comparison may name.
  public static let maxServices = 1_000
  /// The most AZs when the price table does not know the region's count.
  public static let maxAZs = 32
}
