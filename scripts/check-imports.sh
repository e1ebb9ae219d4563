#!/usr/bin/env bash
# Checks that every module imports only the modules below it (docs/architecture.md), that
# the lower modules never name exit codes or the CLI's types, and that the review's network
# model and checks never see a template's syntax. SwiftPM already refuses an import
# of a module that is not a declared dependency; this also catches a dependency added to
# Package.swift against the layering, and Foundation creeping into the core.
#
# Usage: scripts/check-imports.sh      (exit 1 naming each offending file and line)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import pathlib, re, sys

# module -> the package modules it may import (its layer and everything it names must be lower)
allowed = {
    "VPCCostCore": set(),
    "VPCCostFormats": {"VPCCostCore"},
    "VPCCostReview": {"VPCCostCore", "VPCCostFormats"},
    "VPCCostBatch": {"VPCCostCore", "VPCCostFormats"},
    "VPCCostCLI": {"VPCCostCore", "VPCCostFormats", "VPCCostReview", "VPCCostBatch"},
    "vpccost": {"VPCCostCLI"},
    "generate-embedded-tables": {"VPCCostCore", "VPCCostFormats"},
}
# What a lower layer may not mention: the CLI's errors, exit codes and commands.
cli_only = re.compile(r"\b(CLIError|ExitCode|CommandResult|ParsedFlags|exit\()")
# The core does no I/O and reads no text formats: no Foundation, no POSIX file calls (the C
# library is there for pow() in log-scale sweeps).
core_forbidden = re.compile(
    r"^\s*import (Foundation|FoundationEssentials)\b|\b(open|read|write|fopen|opendir|stat)\(")
executables = ("VPCCostCLI", "vpccost", "generate-embedded-tables")
problems = []
for module, permitted in allowed.items():
    for path in sorted(pathlib.Path("Sources", module).rglob("*.swift")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            match = re.match(r"\s*(?:@testable\s+)?import\s+(VPCCost\w+)", line)
            if match and match.group(1) not in permitted:
                problems.append(f"{path}:{number}: {module} may not import {match.group(1)} (allowed: {', '.join(sorted(permitted)) or 'none'})")
            if module not in executables and cli_only.search(line) and not line.lstrip().startswith("//"):
                problems.append(f"{path}:{number}: {module} names a CLI-only type or exits: {line.strip()}")
            if module == "VPCCostCore" and core_forbidden.search(line) and not line.lstrip().startswith("//"):
                problems.append(f"{path}:{number}: VPCCostCore does no I/O: {line.strip()}")
# The network model and the review's checks read no template syntax: a reader fills the model
# (CloudFormation today), and everything after it works on the model alone.
source_neutral = sorted(pathlib.Path("Sources/VPCCostReview/Network").rglob("*.swift")) + [
    pathlib.Path("Sources/VPCCostReview/ReviewChecks.swift")]
template_syntax = re.compile(
    r"^\s*import VPCCostFormats\b|\b(TemplateNode|TemplateModel|TemplateSubnetZones|CloudFormationNetworkReader)\b")
for path in source_neutral:
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if template_syntax.search(line) and not line.lstrip().startswith("//"):
            problems.append(f"{path}:{number}: the network model and the checks read no template syntax: {line.strip()}")
# Unsafe code stays in the files docs/architecture.md lists ("Unsafe code"), each with the
# invariant it keeps; a file on the list must still need it.
unsafe = re.compile(
    r"Unsafe[A-Za-z]*Pointer|unowned\(unsafe\)|nonisolated\(unsafe\)|@unchecked Sendable"
    r"|@exclusivity\(unchecked\)|loadUnaligned|storeBytes|O_DIRECT|directFlag|_unsafeElements"
    r"|withUnsafe[A-Za-z]*|\bunsafe [A-Za-z]|unsafeBitCast|assumingMemoryBound|bindMemory")
architecture = pathlib.Path("docs/architecture.md").read_text()
section = architecture.split("## Unsafe code", 1)[1].split("\n## ", 1)[0] if "## Unsafe code" in architecture else ""
listed = set(re.findall(r"^\| `(Sources/[^`]+\.swift)` \|", section, flags=re.M))
if not listed:
    problems.append("docs/architecture.md: no \"## Unsafe code\" table of files")
for path in sorted(pathlib.Path("Sources").rglob("*.swift")):
    hits = [(number, line) for number, line in enumerate(path.read_text().splitlines(), 1)
            if unsafe.search(line) and not line.lstrip().startswith("//")]
    if hits and str(path) not in listed:
        number, line = hits[0]
        problems.append(f"{path}:{number}: unsafe code outside the files docs/architecture.md lists (\"Unsafe code\"): {line.strip()}")
    if not hits and str(path) in listed:
        problems.append(f"{path}: listed in docs/architecture.md as unsafe but has no unsafe construct; take it off the list")
for path in sorted(listed):
    if not pathlib.Path(path).exists():
        problems.append(f"docs/architecture.md lists {path}, which does not exist")
# Core's API (public, package or open) neither takes nor returns a pointer: other modules lend
# it bytes as Spans.
pointer = re.compile(r"\b(Unsafe[A-Za-z]*Pointer|OpaquePointer|UnsafeRawBufferPointer)\b")
declaration = re.compile(r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*(?:public|package|open)\b")
for path in sorted(pathlib.Path("Sources/VPCCostCore").rglob("*.swift")):
    lines = path.read_text().splitlines()
    for index, line in enumerate(lines):
        if not declaration.match(line):
            continue
        # The signature: up to the body's brace or the end of the declaration's parentheses.
        signature, depth, cursor = "", 0, index
        while cursor < len(lines):
            text = lines[cursor].split("//")[0]
            signature += " " + text
            depth += text.count("(") - text.count(")")
            if depth <= 0 and ("{" in text or "=" in text or cursor > index and not text.strip().endswith((",", "(", "->"))):
                break
            cursor += 1
        signature = signature.split("{")[0]
        if pointer.search(signature):
            problems.append(f"{path}:{index + 1}: Core's API takes or returns a pointer type; lend a Span instead: {line.strip()}")
for problem in problems:
    print(problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"imports follow the layering ({len(allowed)} modules)")
PY
