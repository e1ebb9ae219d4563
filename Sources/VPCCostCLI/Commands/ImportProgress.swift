import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// A progress line on standard error while a large offer file is read, only on a terminal.
final class ImportProgress {
  let name: String
  let enabled = SystemIO.isTerminal(2)
  private var shownMegabytes = 0

  init(name: String) { self.name = name }

  /// Updates the line every 64 MB.
  func update(_ bytes: Int) {
    guard enabled, bytes >> 26 > shownMegabytes >> 6 else { return }
    shownMegabytes = bytes >> 20
    var stream = StandardStream.error
    stream.write("\rvpccost prices import: \(name): \(shownMegabytes) MB read")
  }

  /// Ends the line.
  func finish() {
    guard enabled, shownMegabytes > 0 else { return }
    var stream = StandardStream.error
    stream.write("\n")
  }
}
