#!/usr/bin/env bash
# Compares `vpccost cfn-json` with cfn-lint's own decoder on every template in a folder:
# both read each template, and the JSON they make must be equal (numbers by value, dates as
# yyyy-mm-dd). Exits 1 when any template differs or only one of them reads it.
#
# Usage: scripts/compare-cfn-lint.sh [FOLDER]   (default: Tests/Fixtures/templates)
#        needs cfn-lint: pip install cfn-lint
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-Tests/Fixtures/templates}
swift build --product vpccost >/dev/null
python3 - "$folder" ./.build/debug/vpccost <<'PY'
import datetime, json, pathlib, subprocess, sys
from cfnlint.decode import decode

folder, binary = pathlib.Path(sys.argv[1]), sys.argv[2]
failures = 0
files = sorted(p for p in folder.rglob("*") if p.suffix in {".yaml", ".yml", ".json", ".template"})
for path in files:
    theirs, matches = decode(str(path))
    run = subprocess.run([binary, "cfn-json", str(path)], capture_output=True, text=True)
    if theirs is None or matches:
        if run.returncode == 0:
            print(f"DIFF {path}: cfn-lint cannot read it ({matches[0].message if matches else ''}) but vpccost can")
            failures += 1
        else:
            print(f"ok   {path}: both reject it")
        continue
    if run.returncode != 0:
        print(f"DIFF {path}: vpccost rejects it: {run.stderr.strip()}")
        failures += 1
        continue
    expected = json.loads(json.dumps(theirs, default=lambda o: o.isoformat() if isinstance(o, (datetime.date, datetime.datetime)) else str(o)))
    actual = json.loads(run.stdout)
    if expected != actual:
        print(f"DIFF {path}:\n  cfn-lint: {json.dumps(expected)[:400]}\n  vpccost:  {json.dumps(actual)[:400]}")
        failures += 1
    else:
        print(f"ok   {path}")
print(f"{len(files) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
PY
