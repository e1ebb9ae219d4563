// swift-tools-version:6.0
import PackageDescription

// The layers, lowest first; each may import only those above it in this list
// (docs/architecture.md, checked by scripts/check-imports.sh):
//   VPCCostCore     money, workload, price tables, calculator, sweep: no I/O, no text formats
//   VPCCostFormats  byte readers and writers: JSON, CSV, YAML templates, offers, renderers, SVG
//   VPCCostReview   a template's network model, its checks, and the templates vpccost writes
//   VPCCostBatch    the batch fast path: records, runner, pipeline threads, row writer, caches
//   VPCCostCLI      commands, flags, help, output files, exit codes
//   vpccost         main.swift
let package = Package(
  name: "vpccost",
  // Int128 and typed throws in the standard library need macOS 15.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "vpccost", targets: ["vpccost"]),
    .library(name: "VPCCostKit", targets: ["VPCCostCore", "VPCCostFormats", "VPCCostReview"]),
  ],
  targets: [
    .target(name: "VPCCostCore"),
    .target(name: "VPCCostFormats", dependencies: ["VPCCostCore"]),
    .target(name: "VPCCostReview", dependencies: ["VPCCostCore", "VPCCostFormats"]),
    .target(name: "VPCCostBatch", dependencies: ["VPCCostCore", "VPCCostFormats"]),
    .target(
      name: "VPCCostCLI",
      dependencies: ["VPCCostCore", "VPCCostFormats", "VPCCostReview", "VPCCostBatch"]),
    .executableTarget(name: "vpccost", dependencies: ["VPCCostCLI"]),
    .executableTarget(
      name: "generate-embedded-tables", dependencies: ["VPCCostCore", "VPCCostFormats"]),
    // Tests: a helpers module, a unit target per module (in-process, seconds), and one target
    // that runs the built binary (docs/architecture.md, "Tests").
    .target(
      name: "VPCCostTestSupport",
      dependencies: [
        "VPCCostCore", "VPCCostFormats", "VPCCostReview", "VPCCostBatch", "VPCCostCLI",
      ],
      path: "Tests/VPCCostTestSupport"),
    .testTarget(name: "VPCCostCoreUnitTests", dependencies: ["VPCCostCore", "VPCCostTestSupport"]),
    .testTarget(
      name: "VPCCostFormatsUnitTests",
      dependencies: [
        "VPCCostCore", "VPCCostFormats", "VPCCostCLI", "VPCCostTestSupport",
        "generate-embedded-tables",
      ]),
    .testTarget(
      name: "VPCCostReviewUnitTests",
      dependencies: ["VPCCostCore", "VPCCostFormats", "VPCCostReview", "VPCCostTestSupport"]),
    .testTarget(
      name: "VPCCostBatchUnitTests",
      dependencies: [
        "VPCCostCore", "VPCCostFormats", "VPCCostBatch", "VPCCostCLI", "VPCCostTestSupport",
      ]),
    .testTarget(
      name: "VPCCostCLIUnitTests",
      dependencies: [
        "VPCCostCore", "VPCCostFormats", "VPCCostReview", "VPCCostCLI", "VPCCostTestSupport",
      ]),
    .testTarget(
      name: "VPCCostEndToEndTests", dependencies: ["vpccost", "VPCCostTestSupport"]),
  ]
)
