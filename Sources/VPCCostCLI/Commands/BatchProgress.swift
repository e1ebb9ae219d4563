import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// A progress line on standard error, only when standard error is a terminal.
struct BatchProgress {
  let every: Int
  let enabled = SystemIO.isTerminal(2)
  private var shown = false
  private var lastShown = 0

  init(every: Int) { self.every = every }

  /// Updates the line each time the count passes a multiple of `every` workloads.
  mutating func advance(to count: Int) {
    guard enabled, count / every > lastShown / every else { return }
    lastShown = count
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
