import VPCCostCore

/// Checks many price tables at once and reports every problem, for `prices validate`.
package enum PriceTableChecker {
  /// The problems of the tables at these paths (files or folders of `*.json`), or of the
  /// embedded tables when no path is given; also how many tables were read.
  package static func check(paths: [String]) -> (tables: Int, problems: [PriceTableProblem]) {
    var problems: [PriceTableProblem] = []
    var tables: [PriceTable] = []
    if paths.isEmpty {
      for region in EmbeddedPriceTables.regions {
        do { tables.append(try PriceCatalog.embedded.table(for: region)) } catch {
          problems += problemsOf(error)
        }
      }
    }
    for path in paths {
      for file in files(at: path, problems: &problems) {
        let name = String(file.split(separator: "/").last ?? "")
        let region = name.hasSuffix(".json") ? String(name.dropLast(5)) : nil
        do {
          tables.append(try PriceTableDecoder.read(file, expectedRegion: region))
        } catch {
          problems += problemsOf(error)
        }
      }
    }
    problems += currencyProblems(tables)
    return (tables.count + Set(problems.map(\.origin)).count, problems)
  }

  private static func files(at path: String, problems: inout [PriceTableProblem]) -> [String] {
    guard path == "-" || FileSystem.exists(path) else {
      problems.append(PriceTableProblem(origin: path, key: "", message: "no such file or folder"))
      return []
    }
    guard FileSystem.isFolder(path) else { return [path] }
    // An import a kill interrupted is finished first, as every reader of a folder does.
    do { try PriceFolderJournal.finishIfNeeded(path) } catch {
      problems.append(
        PriceTableProblem(
          origin: path, key: "",
          message:
            "an interrupted import into it cannot be finished here (\(error)); run vpccost prices import into it again"
        ))
      return []
    }
    let names = FileSystem.entries(of: path) ?? []
    let files = names.filter { $0.hasSuffix(".json") }.map { path + "/" + $0 }
    if files.isEmpty {
      problems.append(
        PriceTableProblem(origin: path, key: "", message: "the folder holds no *.json price tables")
      )
    }
    return files
  }

  private static func problemsOf(_ error: PriceTableError) -> [PriceTableProblem] {
    switch error {
    case .invalid(let problems): return problems
    case .unreadable(let path, let reason):
      return [PriceTableProblem(origin: path, key: "", message: reason)]
    case .unknownRegion(let region, _, let source):
      return [PriceTableProblem(origin: source, key: "", message: "no table for \(region)")]
    }
  }

  /// Every table must use the same currency as the first.
  private static func currencyProblems(_ tables: [PriceTable]) -> [PriceTableProblem] {
    guard let first = tables.first else { return [] }
    return tables.filter { $0.currency != first.currency }.map {
      PriceTableProblem(
        origin: $0.origin, key: "currency",
        message:
          "\(quoting: $0.currency) differs from \(first.origin)'s '\(first.currency)'; every table must use one currency"
      )
    }
  }
}
