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
    .executableTarget(name: "vpccost", dependencies: ["VPCCostKit"]),
    .executableTarget(name: "generate-embedded-tables", dependencies: ["VPCCostKit"]),
    .testTarget(
      name: "VPCCostKitTests",
      dependencies: ["VPCCostKit", "vpccost"],
      exclude: ["Golden"]
    ),
  ]
)
