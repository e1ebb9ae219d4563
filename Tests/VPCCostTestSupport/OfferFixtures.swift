import Foundation

/// AWS offer files of the fixtures, and folders of shipped tables to import them into.
package enum OfferFixtures {
  /// The offer files of the fixtures.
  package static let offers = TestSupport.fixtures.appendingPathComponent("offers")

  /// The path of one offer fixture.
  package static func offer(_ name: String) -> String { offers.appendingPathComponent(name).path }

  /// A temporary folder holding copies of the shipped us-east-1, us-east-2 and eu-west-1 tables.
  package static func tableFolder() throws -> URL {
    let folder = try TestSupport.temporaryFolder()
    for region in ["us-east-1", "us-east-2", "eu-west-1"] {
      try FileManager.default.copyItem(
        at: TestSupport.packageRoot.appendingPathComponent("PriceTables/\(region).json"),
        to: folder.appendingPathComponent("\(region).json"))
    }
    return folder
  }

  /// Every file of a folder, by name.
  package static func contents(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }
}
