import VPCCostCore

/// Builds an SVG document as text: elements, attributes and escaped text.
struct SVGWriter {
  private(set) var body = ""
  let width: Int
  let height: Int

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// Appends an element with attributes and optional text content.
  mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
    body += "  <\(name)"
    for (key, value) in attributes { body += " \(key)=\"\(Self.escape(value))\"" }
    if let text {
      body += ">\(Self.escape(text))</\(name)>\n"
    } else {
      body += "/>\n"
    }
  }

  /// Appends raw markup (an opening or closing group tag).
  mutating func raw(_ markup: String) { body += "  " + markup + "\n" }

  /// The whole document.
  func document(title: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="13">
      <title>\(Self.escape(title))</title>
      <rect x="0" y="0" width="\(width)" height="\(height)" fill="#ffffff"/>
    \(body)</svg>

    """
  }

  /// Text safe in XML content and attributes.
  static func escape(_ text: String) -> String {
    var output = ""
    for character in text {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      default: output.append(character)
      }
    }
    return output
  }

  /// A coordinate in tenths of a pixel as text (`123.4`).
  static func pixels(_ tenths: Int) -> String {
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0
      ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}
