#!/usr/bin/env bash
# Runs `vpccost cfn-json` and `vpccost review` over every CloudFormation or SAM template in a
# folder of real templates (kept out of the repository), and reports:
#   - parity with cfn-lint's own reader: the same JSON, or both reject the file;
#   - the review's outcome: exit codes, the designs it reads, its findings by rule, and any
#     crash (an exit code of 70 or more, or a signal), which must never happen.
#
# Usage: scripts/review-corpus.sh FOLDER [FOLDER ...]
#        needs cfn-lint: pip install cfn-lint
# Example (public collections fetched elsewhere, not committed):
#   scripts/review-corpus.sh /tmp/corpus/aws-samples+serverless-patterns \
#     /tmp/corpus/aws-cloudformation+aws-cloudformation-templates
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/review-corpus.sh FOLDER [FOLDER ...]" >&2; exit 64; }
swift build -c release --product vpccost >/dev/null
python3 - ./.build/release/vpccost "$@" <<'PY'
import collections, datetime, json, pathlib, subprocess, sys
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
        if review.returncode >= 70 or review.returncode < 0:
            crashes.append(f"{path}: exit {review.returncode}: {review.stderr.strip()[:200]}")
            continue
        if review.returncode == 0:
            document = json.loads(review.stdout)
            designs[document["design"]["id"] or "none"] += 1
            for finding in document["findings"]:
                rules[finding["rule"]] += 1

print(f"templates: {total}")
print(f"parity with cfn-lint: {same}/{total} ({100.0 * same / max(total, 1):.1f}%)")
for line in diffs[:40]:
    print("  DIFF " + line)
if len(diffs) > 40:
    print(f"  ... and {len(diffs) - 40} more")
print("review exit codes: " + ", ".join(f"{code}: {count}" for code, count in sorted(exits.items())))
print("designs read: " + ", ".join(f"{design}: {count}" for design, count in designs.most_common()))
print("findings by rule: " + ", ".join(f"{rule}: {count}" for rule, count in sorted(rules.items())))
print(f"crashes: {len(crashes)}")
for line in crashes:
    print("  CRASH " + line)
sys.exit(1 if crashes else 0)
PY
