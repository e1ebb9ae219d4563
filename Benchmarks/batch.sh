#!/usr/bin/env bash
# Batch throughput: vpccost batch on 1,000,000 workloads, side by side with a naive awk one-liner
# that prices the same rows with one region's prices and no validation (two totals a row, the
# yardstick of issue 16), and with a second awk script that writes what a row per design writes
# (the same twenty columns for five designs: the cost of the output volume alone); then peak
# memory at 100,000 and 1,000,000 rows to show it does not grow with the row count.
#
# Usage: Benchmarks/batch.sh [ROWS] [RUNS] [BASELINE-BINARY]
#   Runs CSV input (summary and 5 rows per workload) and the same workloads as JSON input.
#   (needs hyperfine and /usr/bin/time: apt-get install hyperfine time). A BASELINE-BINARY (an
#   earlier vpccost) runs the same two batches in the same hyperfine run, for before/after.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-5}
baseline=${3:-}
out=Benchmarks/out
mkdir -p "$out"
input="$out/batch-$rows.csv"
[ -f "$input" ] || python3 Benchmarks/make-batch-input.py "$rows" "$input"
small="$out/batch-100000.csv"
[ -f "$small" ] || python3 Benchmarks/make-batch-input.py 100000 "$small"
# The same workloads as a JSON array of objects, for the JSON-input run.
json_input="$out/batch-$rows.json"
[ -f "$json_input" ] || python3 - "$input" "$json_input" <<'PY'
import csv, json, sys
with open(sys.argv[1], newline="") as source, open(sys.argv[2], "w") as target:
    rows = [{key: value for key, value in row.items() if value != ""} for row in csv.DictReader(source)]
    target.write("[\n" + ",\n".join(json.dumps(row) for row in rows) + "\n]\n")
PY
swift build -c release --static-swift-stdlib --product vpccost >/dev/null
bin=./.build/release/vpccost
extra=()
if [ -n "$baseline" ]; then
  extra=(-n "baseline batch --summary" "$baseline batch $input --summary --output $out/summary-base.csv"
    -n "baseline batch (5 rows per workload)" "$baseline batch $input --output $out/designs-base.csv")
fi

# The naive alternative: us-east-1 prices for every row, GB from invocations x 4 KiB, no checks.
awk_program='BEGIN{FS=","; OFS=","} NR==1{print "name,nat_per_az,privatelink_per_az"; next}
{ n=$3; s=($8 ~ /^[0-9]+$/) ? $8 : split($8, a, ";"); gb=($5 != "") ? $5 : $4*4096/1073741824;
  nat=n*730*0.045 + gb*0.045 + n*730*0.005; pl=s*n*730*0.01 + gb*0.01;
  printf "%s,%.2f,%.2f\n", $1, nat, pl }'

# The same naive prices, written as vpccost's row per design: five rows of the same columns.
awk_designs='BEGIN{FS=","; OFS=","}
NR==1{print "name,design,technology,layout,region,azs,services,gb_per_month,invocations,vpcs,hourly_cost,data_cost,cross_az_cost,public_ipv4_cost,internet_egress_cost,monthly_cost,currency,feasible,recommended,price_table_date"; next}
{ n=$3; s=($8 ~ /^[0-9]+$/) ? $8 : split($8, a, ";"); gb=($5 != "") ? $5 : $4*4096/1073741824; cross=gb*0.02*(n-1)/n;
  h[1]=730*0.045; d[1]=gb*0.045; x[1]=cross; p[1]=730*0.005; id[1]="nat-single-az,nat,single-az";
  h[2]=n*730*0.045; d[2]=gb*0.045; x[2]=0; p[2]=n*730*0.005; id[2]="nat-per-az,nat,per-az";
  h[3]=h[2]; d[3]=d[2]; x[3]=0; p[3]=p[2]; id[3]="nat-regional,nat,regional";
  h[4]=s*730*0.01; d[4]=gb*0.01; x[4]=cross; p[4]=0; id[4]="privatelink-single-az,privatelink,single-az";
  h[5]=s*n*730*0.01; d[5]=gb*0.01; x[5]=0; p[5]=0; id[5]="privatelink-per-az,privatelink,per-az";
  best=1; for(i=1;i<=5;i++){t[i]=h[i]+d[i]+x[i]+p[i]; if(t[i]<t[best])best=i}
  for(i=1;i<=5;i++) printf "%s,%s,%s,%s,%s,%s,%s,1,%.2f,%.2f,%.2f,%.2f,0.00,%.2f,USD,true,%s,2025-11-04\n", $1, id[i], $2, n, $8, gb, $4, h[i], d[i], x[i], p[i], t[i], (i==best)?"true":"false" }'

hyperfine --warmup 1 --runs "$runs" --style basic \
  --export-json "$out/batch.json" --export-markdown "$out/batch.md" \
  -n "vpccost batch --summary" "$bin batch $input --summary --output $out/summary.csv" \
  -n "vpccost batch (5 rows per workload)" "$bin batch $input --output $out/designs.csv" \
  -n "vpccost batch (JSON input, 5 rows per workload)" "$bin batch $json_input --output $out/designs-from-json.csv" \
  "${extra[@]}" \
  -n "awk, a row per design (naive, same columns)" "awk '$awk_designs' $input > $out/awk-designs.csv" \
  -n "awk one-liner (naive)" "awk '$awk_program' $input > $out/awk.csv" >/dev/null

python3 - "$out/batch.json" "$rows" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
rows = int(sys.argv[2])
base = statistics.median(results[-1]["times"])
same_output = statistics.median(results[-2]["times"])
print(f"{'command':<50}{'median s':>10}{'rows/s':>14}{'x awk':>8}{'x awk rows':>12}")
for r in results:
    median = statistics.median(r["times"])
    print(f"{r['command']:<50}{median:>10.2f}{rows/median:>14,.0f}{median/base:>8.2f}{median/same_output:>12.2f}")
PY

for file in "$small" "$input"; do
  rss=$( { /usr/bin/time -v "$bin" batch "$file" --summary --output "$out/summary.csv" ; } 2>&1 | awk -F': ' '/Maximum resident/{print $2}')
  echo "peak RSS, $(wc -l <"$file") lines: ${rss} KiB"
done
rss=$( { /usr/bin/time -v "$bin" batch "$input" > /dev/null ; } 2>&1 | awk -F': ' '/Maximum resident/{print $2}')
echo "peak RSS, 5 rows per workload to standard output (spooled): ${rss} KiB"
