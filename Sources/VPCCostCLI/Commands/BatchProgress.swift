import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// A progress line on standard error, only when standard error is a terminal.
struct BatchProgress {
  let every: Int
  let enabled = SystemIO.isTerminal(2)
  private var shown = false

  init(every: Int) { self.every = every }

  /// Updates the line every `every` workloads.
  mutating func advance(to count: Int) {
    guard enabled, count % every == 0 else { return }
    var stream = StandardStream.error
    stream.write("\rvpccost batch: \(DecimalText.grouped(String(count))) workloads")
    shown = true
  }

  /// Ends the line.
  mutating func finish() {
    guard shown else { return }
    var stream = StandardStream.error
    stream.write("\n")
  }
}
