/// Where an element of a network was declared: its id in the source (a logical id) and the
/// line, so that a finding can point at it.
struct NetworkPlace: Hashable, Sendable {
  let id: String
  let line: Int
}
