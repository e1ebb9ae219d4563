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
for problem in problems:
    print(problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"imports follow the layering ({len(allowed)} modules)")
PY
