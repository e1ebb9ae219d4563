import Foundation

/// The built `vpccost` binary, run as a user runs it: for the end-to-end tests.
package enum BuiltBinary {
  /// The binary `swift build` put beside the test bundle.
  package static let url: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("vpccost")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return TestSupport.packageRoot.appendingPathComponent(".build/debug/vpccost")
  }()

  /// Runs a binary with arguments in a folder; returns exit status and both streams.
  package static func run(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    // Standard error goes to a file, so that a long error cannot fill a pipe that nobody reads
    // while standard output is being read to its end.
    let output = Pipe()
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vpccost-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errData = try Data(contentsOf: errorFile)
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }
}
