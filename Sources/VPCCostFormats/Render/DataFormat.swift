/// The formats of commands that write rows of data: `batch` and `sweep`.
public enum DataFormat: String, Sendable, CaseIterable {
  case csv
  case json
}
