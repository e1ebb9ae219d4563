/// A strict RFC 4180 reader written for the tests, independent of vpccost's own reader.
///
/// Records end with CRLF only; a bare LF or CR outside quotes, a quote inside an unquoted field,
/// or anything after a closing quote but a comma or CRLF, is an error.
package enum StrictCSV {
  package struct Failure: Error, CustomStringConvertible {
    package let description: String
  }

  package static func parse(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quotedField = false
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\"" where field.isEmpty && !quotedField:
        quotedField = true
        while true {
          guard let next = scalars.popFirst() else { throw Failure(description: "unclosed quote") }
          if next == "\"" {
            if scalars.first == "\"" {
              scalars.removeFirst()
              field.unicodeScalars.append("\"")
            } else {
              break
            }
          } else {
            field.unicodeScalars.append(next)
          }
        }
        guard scalars.first == "," || scalars.first == "\r" || scalars.first == nil else {
          throw Failure(description: "text after a closing quote")
        }
      case "\"":
        throw Failure(description: "quote inside an unquoted field")
      case ",":
        record.append(field)
        field = ""
        quotedField = false
      case "\r":
        guard scalars.popFirst() == "\n" else { throw Failure(description: "CR without LF") }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        quotedField = false
      case "\n":
        throw Failure(description: "bare LF outside quotes")
      default:
        field.unicodeScalars.append(scalar)
      }
    }
    guard field.isEmpty && record.isEmpty else {
      throw Failure(description: "last record without CRLF")
    }
    return records
  }
}
