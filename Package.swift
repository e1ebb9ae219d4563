// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "vpccost",
  products: [
    .executable(name: "vpccost", targets: ["vpccost"]),
    .library(name: "VPCCostKit", targets: ["VPCCostKit"]),
  ],
  targets: [
    .target(name: "VPCCostKit"),
    .executableTarget(
      name: "vpccost",
      dependencies: ["VPCCostKit"],
      // The Swift runtime linked in: start-up as fast as a bare "hello" (docs/performance.md),
      // and a binary that runs when copied to a machine without the Swift toolchain.
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims",
            "-lswiftSynchronization",
          ],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .executableTarget(name: "generate-embedded-tables", dependencies: ["VPCCostKit"]),
    .testTarget(
      name: "VPCCostKitTests",
      dependencies: ["VPCCostKit"],
      exclude: ["Golden", "Fixtures"]
    ),
  ]
)
