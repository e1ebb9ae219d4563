/// Service uses collected once per service: the first place that shows each, its words made
/// only for a service not seen before.
struct UniqueServiceUses {
  private var seen: Set<String> = []
  /// The uses, in the order first seen.
  private(set) var uses: [ServiceUse] = []

  /// Adds a use of `service` unless one is held; `source` is asked only for a new service.
  mutating func add(_ service: String, source: () -> String) {
    guard seen.insert(service).inserted else { return }
    uses.append(ServiceUse(service: service, source: source()))
  }
}
