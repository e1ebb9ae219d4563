import VPCCostCore
import VPCCostFormats
import VPCCostReview

/// The process's standard output or standard error as a `TextOutputStream`.
package struct StandardStream: TextOutputStream {
  /// Which stream: 1 for standard output, 2 for standard error.
  let descriptor: Int32

  /// Standard output.
  package static var output: StandardStream { StandardStream(descriptor: 1) }
  /// Standard error.
  package static var error: StandardStream { StandardStream(descriptor: 2) }

  /// Writes all of the text, retrying short writes; a closed stream is ignored.
  package mutating func write(_ string: String) {
    var text = string
    text.withUTF8 { _ = SystemIO.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
  }
}
