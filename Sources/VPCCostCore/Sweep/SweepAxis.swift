/// The one input a sweep varies, and its range.
package enum SweepAxis: Hashable, Sendable {
  /// GB a month, both directions.
  case gigabytes
  /// Invocations a month (bytes per invocation from the size flags).
  case invocations
  /// Services behind interface endpoints.
  case services
  /// Spoke VPCs with the same workload each.
  case vpcs

  /// The workload field the axis varies.
  package var field: WorkloadField {
    switch self {
    case .gigabytes: return .gb
    case .invocations: return .invokes
    case .services: return .services
    case .vpcs: return .vpcs
    }
  }

  /// The CSV column and JSON key of the axis.
  package var column: String {
    switch self {
    case .gigabytes: return "gb_per_month"
    case .invocations: return "invocations_per_month"
    case .services: return "services"
    case .vpcs: return "vpcs"
    }
  }

  /// Words for chart axes.
  package var label: String {
    switch self {
    case .gigabytes: return "GB a month (1 GB = 2^30 bytes)"
    case .invocations: return "Invocations a month"
    case .services: return "Services behind interface endpoints"
    case .vpcs: return "Spoke VPCs, each with the workload"
    }
  }

  /// What the axis measures, for titles.
  package var titleNoun: String {
    switch self {
    case .gigabytes: return "traffic"
    case .invocations: return "invocations"
    case .services: return "services"
    case .vpcs: return "VPC count"
    }
  }

  /// Whether the axis takes whole numbers only.
  package var isWhole: Bool { self != .gigabytes }
}
