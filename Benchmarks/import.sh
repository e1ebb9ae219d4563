#!/usr/bin/env bash
# Import throughput and peak memory: vpccost prices import on a large AmazonEC2-like offer file
# (JSON and CSV, mostly unrelated SKUs), side by side with a plain Python csv filter doing the
# same selection (on-demand rows whose usageType is a NAT gateway's).
#
# Usage: Benchmarks/import.sh [SIZE_MB] [RUNS] [BASELINE-BINARY]   (needs hyperfine and /usr/bin/time)
# A BASELINE-BINARY (an earlier vpccost) imports the same two files in the same hyperfine run.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-500}
runs=${2:-3}
baseline=${3:-}
out=Benchmarks/out
mkdir -p "$out"
json="$out/offer-$size.json"
csv="$out/offer-$size.csv"
[ -f "$json" ] || python3 Benchmarks/make-offer-file.py json "$size" "$json"
[ -f "$csv" ] || python3 Benchmarks/make-offer-file.py csv "$size" "$csv"
swift build -c release --static-swift-stdlib --product vpccost >/dev/null
bin=./.build/release/vpccost
tables=$(mktemp -d)
trap 'rm -rf "$tables"' EXIT
cp PriceTables/us-east-1.json PriceTables/us-east-2.json "$tables/"
extra=()
if [ -n "$baseline" ]; then
  extra=(-n "baseline prices import (JSON)" "$baseline prices import $json --output-dir $tables"
    -n "baseline prices import (CSV)" "$baseline prices import $csv --output-dir $tables")
fi

cat >"$out/csv-filter.py" <<'PY'
import csv, re, sys
wanted = re.compile(r"^([A-Z0-9]+-)?(NatGateway-Hours|NatGateway-Bytes|RegionalNatGateway-Hours)$")
with open(sys.argv[1], newline="") as handle:
    for _ in range(5):
        next(handle)
    reader = csv.DictReader(handle)
    found = [(r["usageType"], r["PricePerUnit"]) for r in reader
             if r["TermType"] == "OnDemand" and wanted.match(r["usageType"])]
print(len(found))
PY

hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$out/import.json" \
  -n "vpccost prices import (JSON)" "$bin prices import $json --output-dir $tables" \
  -n "vpccost prices import (CSV)" "$bin prices import $csv --output-dir $tables" \
  "${extra[@]}" \
  -n "python3 csv filter (CSV)" "python3 $out/csv-filter.py $csv" >/dev/null

python3 - "$out/import.json" "$json" "$csv" <<'PY'
import json, os, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
sizes = {"JSON": os.path.getsize(sys.argv[2]), "CSV": os.path.getsize(sys.argv[3])}
base = statistics.median(results[-1]["times"])
print(f"{'command':<32}{'MB':>6}{'median s':>10}{'MB/s':>8}{'x python':>10}")
for r in results:
    kind = "JSON" if "JSON" in r["command"] else "CSV"
    median = statistics.median(r["times"])
    mb = sizes[kind] / 1e6
    print(f"{r['command']:<32}{mb:>6.0f}{median:>10.2f}{mb/median:>8.0f}{median/base:>10.2f}")
PY
for file in "$json" "$csv"; do
  rss=$( { /usr/bin/time -v "$bin" prices import "$file" --output-dir "$tables" >/dev/null; } 2>&1 | awk -F': ' '/Maximum resident/{print $2}')
  echo "peak RSS, $(basename "$file"): ${rss} KiB"
done
