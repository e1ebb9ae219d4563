/// How the workload's monthly traffic was described.
public enum Traffic: Hashable, Sendable {
  /// Invocations a month; the traffic follows from the bytes per invocation.
  case invocations(Int128)
  /// GB a month through the egress path, both directions, given directly.
  case gigabytes(Quantity)
}
