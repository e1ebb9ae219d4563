/// A flag as a command declares it: a `Flag` with its parser, a `Switch`, or a bare
/// `FlagSpec` (the workload flags, read as text and checked by Core).
///
/// A command lists its flags by these declarations (`CommandInfo(flags:)`); help, the parser
/// and the reader of each value all work from the one declaration.
package protocol DeclaredFlag: Sendable {
  /// The flag as help shows it.
  var spec: FlagSpec { get }
}

extension Flag: DeclaredFlag {}
extension Switch: DeclaredFlag {}

extension FlagSpec: DeclaredFlag {
  /// A spec is its own declaration.
  package var spec: FlagSpec { self }
}
