#!/usr/bin/env bash
# Runs `vpccost cfn-json` and `vpccost review` over every CloudFormation or SAM template in a
# folder of real templates (kept out of the repository), and reports:
#   - parity with cfn-lint's own reader: the same JSON, or both reject the file;
#   - the review's outcome: exit codes (only 0, 1 and 65 are allowed: a template is never a
#     usage error, and a crash, 70 or more or a signal, must never happen), the designs it
#     reads, its findings by rule, and how often the template leaves something unknown:
#     network-only templates (a network, no function in a VPC), unknown AZs (design.azs null with
#     functions), unknown services (design.servicesKnown false), networks outside the template.
#
# Usage: scripts/review-corpus.sh FOLDER [FOLDER ...]
#        VPCCOST=path/to/vpccost runs that build instead of this checkout's release build (a
#        build before a change, for before-and-after figures); RECORD=file.jsonl writes one line
#        per template (path, exit, design, azs, servicesKnown, findings) to compare two runs.
#        needs cfn-lint: pip install cfn-lint
# Example (public collections fetched elsewhere, not committed):
#   scripts/review-corpus.sh /tmp/corpus/aws-samples+serverless-patterns \
#     /tmp/corpus/aws-cloudformation+aws-cloudformation-templates
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/review-corpus.sh FOLDER [FOLDER ...]" >&2; exit 64; }
binary="${VPCCOST:-}"
if [ -z "$binary" ]; then
  swift build -c release --product vpccost >/dev/null
  binary=./.build/release/vpccost
fi
python3 - "$binary" "$@" <<'PY'
import collections, datetime, json, os, pathlib, subprocess, sys
from cfnlint.decode import decode

binary, folders = sys.argv[1], [pathlib.Path(f) for f in sys.argv[2:]]
def templates(folder):
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix not in {".yaml", ".yml", ".json", ".template"}:
            continue
        try:
            text = path.read_text(errors="replace")
        except OSError:
            continue
        # CloudFormation or SAM: a template names its resources.
        if "Resources" in text and ("AWSTemplateFormatVersion" in text or "Type: AWS::" in text or '"AWS::' in text):
            yield path

def plain(value):
    return json.loads(json.dumps(value, default=lambda o: o.isoformat() if isinstance(o, (datetime.date, datetime.datetime)) else str(o)))

total = same = 0
diffs = []
exits = collections.Counter()
designs = collections.Counter()
rules = collections.Counter()
crashes = []
unexpected = []
counts = collections.Counter()
record = open(os.environ["RECORD"], "w") if os.environ.get("RECORD") else None
for folder in folders:
    for path in templates(folder):
        total += 1
        theirs, matches = decode(str(path))
        run = subprocess.run([binary, "cfn-json", str(path)], capture_output=True, text=True)
        if theirs is None or matches:
            agree = run.returncode != 0
            why = "cfn-lint rejects it, vpccost reads it"
        elif run.returncode != 0:
            agree, why = False, "vpccost rejects it: " + run.stderr.strip()[:200]
        else:
            agree = plain(theirs) == json.loads(run.stdout)
            why = "the JSON differs"
        if agree:
            same += 1
        else:
            diffs.append(f"{path}: {why}")
        review = subprocess.run(
            [binary, "review", str(path), "--format", "json", "--fail-on", "never"],
            capture_output=True, text=True)
        exits[review.returncode] += 1
        line = {"path": str(path), "exit": review.returncode}
        if review.returncode >= 70 or review.returncode < 0:
            crashes.append(f"{path}: exit {review.returncode}: {review.stderr.strip()[:200]}")
        elif review.returncode not in (0, 1, 65):
            unexpected.append(f"{path}: exit {review.returncode}: {review.stderr.strip()[:200]}")
        elif review.returncode in (0, 1):
            document = json.loads(review.stdout)
            design = document["design"]
            designs[design["id"] or "none"] += 1
            for finding in document["findings"]:
                rules[finding["rule"]] += 1
            functions = design.get("functions")
            network = document.get("network") or {}
            if functions == 0 and any(network.get(part) for part in
                    ["vpcs", "subnets", "natGateways", "interfaceEndpoints", "gatewayEndpoints"]):
                counts["network-only"] += 1
            elif functions:
                counts["with VPC functions"] += 1
                if design["azs"] is None:
                    counts["unknown AZs"] += 1
            if design.get("servicesKnown") is False:
                counts["unknown services"] += 1
            if any(f["rule"] == "VPCC001" and f["severity"] == "info" for f in document["findings"]):
                counts["network outside the template"] += 1
            line.update(design=design["id"], azs=design["azs"],
                        servicesKnown=design.get("servicesKnown"),
                        findings=sorted(f"{f['rule']} {f['resource']}" for f in document["findings"]))
        if record:
            record.write(json.dumps(line) + "\n")

print(f"templates: {total}")
print(f"parity with cfn-lint: {same}/{total} ({100.0 * same / max(total, 1):.1f}%)")
for line in diffs[:40]:
    print("  DIFF " + line)
if len(diffs) > 40:
    print(f"  ... and {len(diffs) - 40} more")
print("review exit codes: " + ", ".join(f"{code}: {count}" for code, count in sorted(exits.items())))
print("designs read: " + ", ".join(f"{design}: {count}" for design, count in designs.most_common()))
print("findings by rule: " + ", ".join(f"{rule}: {count}" for rule, count in sorted(rules.items())))
print("what the templates leave unknown: " + ", ".join(
    f"{name}: {counts[name]}" for name in
    ["with VPC functions", "network-only", "unknown AZs", "unknown services", "network outside the template"]))
print(f"exits other than 0, 1 and 65: {len(unexpected)}")
for line in unexpected[:40]:
    print("  EXIT " + line)
print(f"crashes: {len(crashes)}")
for line in crashes:
    print("  CRASH " + line)
sys.exit(1 if crashes or unexpected or same != total else 0)
PY
