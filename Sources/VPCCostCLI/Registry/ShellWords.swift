/// Arguments written back as a shell command line, quoted where the shell would split or
/// expand them, so that the line can be pasted to run again.
enum ShellWords {
  /// `vpccost compare --services 'lambda, sts'`.
  static func commandLine(_ arguments: [String]) -> String {
    (["vpccost"] + arguments.map(quote)).joined(separator: " ")
  }

  /// An argument as the shell reads it back: bare when it holds only safe characters, else in
  /// single quotes (with `'` written as `'\''`).
  static func quote(_ argument: String) -> String {
    let safe = argument.utf8.allSatisfy { byte in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || "-_.,/:=@+%".utf8.contains(byte)
    }
    guard !safe || argument.isEmpty else { return argument }
    return "'" + argument.replacing("'", with: "'\\''") + "'"
  }
}
