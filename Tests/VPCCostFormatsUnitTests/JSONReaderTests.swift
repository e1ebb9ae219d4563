import Foundation
import Testing
import VPCCostTestSupport

@testable import VPCCostCore
@testable import VPCCostFormats

/// The one JSON reader: RFC 8259 strings, numbers and nesting, and the same answers through
/// every reader built on it (batch files, price tables) and through the YAML reader's escapes.
@Suite struct JSONReaderTests {
  /// `x`, backspace, form feed, é as `\u00e9`, and U+1F600 as the surrogate pair `\ud83d\ude00`.
  static let escaped = #""x\b\f\u00e9\ud83d\ude00""#
  static let decoded = "x\u{08}\u{0C}\u{E9}\u{1F600}"

  static func reader(_ text: String) -> JSONReader {
    JSONReader(source: ByteSource(bytes: Array(text.utf8), name: "t.json"))
  }

  @Test func escapesDecodeAsRFC8259Says() throws {
    var reader = Self.reader(Self.escaped)
    #expect(try reader.readString() == Self.decoded)
    #expect(Self.decoded.unicodeScalars.map(\.value) == [0x78, 0x08, 0x0C, 0xE9, 0x1F600])
  }

  @Test func priceTablesReadTheSameEscapes() throws {
    let json = TestSupport.tableJSON().replacing(
      #""source": "test""#, with: "\"source\": \(Self.escaped)")
    #expect(try TestSupport.decodeTable(json).source == Self.decoded)
  }

  @Test func templatesReadTheSameEscapes() throws {
    let root = try TemplateReader.read("Description: \(Self.escaped)\n")
    #expect(root["Description"]?.string == Self.decoded)
  }

  @Test(arguments: [
    (#""\ud83d""#, "line 1, column 8: a lone surrogate"),
    (#""\ude00""#, "line 1, column 8: a lone surrogate"),
    (#""\ud83d\u0041""#, "line 1, column 14: a lone surrogate"),
    (#""\ud83dx""#, "a lone surrogate"),
    (#""\q""#, #"line 1, column 4: an unknown escape \q"#),
    (#""\u12G4""#, #"a \u escape needs four hex digits"#),
    ("\"a\tb\"", "line 1, column 4: a control character inside a string"),
    ("\"abc", "a string is never closed"),
  ])
  func badStringsNameLineColumnAndProblem(text: String, message: String) {
    var reader = Self.reader(text)
    #expect {
      _ = try reader.readString()
    } throws: { error in
      "\(error)".hasPrefix("t.json: ") && "\(error)".contains(message)
    }
  }

  @Test(arguments: ["0", "-0", "12", "1.5", "1e6", "1E+6", "-2.5e-3", "0.0"])
  func numbersOfTheGrammarRead(text: String) throws {
    var reader = Self.reader(text)
    #expect(try reader.readNumber() == text)
  }

  @Test(arguments: ["01", "+1", ".5", "1.", "1e", "--1", "1.2.3", "0x10", "1e+"])
  func numbersOutsideTheGrammarAreRefused(text: String) {
    var reader = Self.reader(text)
    #expect(throws: InputError.self) { try reader.readNumber() }
  }

  /// `maxDepth` (128) levels of nesting are allowed, one more is refused: when read into a tree
  /// and when skipped.
  @Test func nestingLimitMeansWhatItSays() throws {
    let allowed = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
    let refused = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
    var reader = Self.reader(allowed)
    _ = try reader.readValue()
    reader = Self.reader(allowed)
    try reader.skipValue()
    for read in [true, false] {
      reader = Self.reader(refused)
      #expect {
        if read { _ = try reader.readValue() } else { try reader.skipValue() }
      } throws: { error in
        "\(error)" == "t.json: line 1, column 130: nesting deeper than 128 levels"
      }
    }
  }

  @Test func treesKeepKeyOrderAndNumbersAsWritten() throws {
    var reader = Self.reader(#"{"b": [1e6, true, null], "a": {"c": "d"}}"#)
    let value = try reader.readValue()
    #expect(
      value
        == .object([
          ("b", .array([.number("1e6"), .bool(true), .null])),
          ("a", .object([("c", .string("d"))])),
        ]))
    try reader.expectEnd("the document")
  }

  @Test func linesAndColumnsCountAcrossSkippedValues() throws {
    var reader = Self.reader("{\"skip\": {\"a\": [1,\n 2,\n 3]},\n \"x\": tru}")
    try reader.beginObject()
    var first = true
    _ = try reader.nextKey(first: &first)
    try reader.skipValue()
    _ = try reader.nextKey(first: &first)
    #expect(throws: InputError.at("t.json", line: 4, column: 7, "expected true")) {
      try reader.readLiteral()
    }
  }
}
