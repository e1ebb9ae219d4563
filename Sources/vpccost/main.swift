import VPCCostCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

var standardOutput = StandardStream.openOutput()
var standardError = StandardStream.error
let code = CLI.run(
  Array(CommandLine.arguments.dropFirst()), stdout: &standardOutput, stderr: &standardError)
exit(code.rawValue)
