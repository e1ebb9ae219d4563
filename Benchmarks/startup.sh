#!/usr/bin/env bash
# Start-up of `vpccost compare` side by side with bare Swift "hello" binaries, in one hyperfine run.
#
# Usage: Benchmarks/startup.sh [RUNS] [BASELINE-BINARY]   (needs hyperfine: apt-get install hyperfine)
# Writes Benchmarks/out/startup.json and .md, and prints medians and ratios to "hello". With a
# BASELINE-BINARY (an earlier vpccost, built the same way), it runs in the same hyperfine run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}
baseline=${2:-}
out=Benchmarks/out
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "startup.sh: hyperfine is missing (apt-get install hyperfine)" >&2; exit 69; }

# The baselines: a bare hello, hello importing FoundationEssentials, and the latter statically linked.
printf 'print("hello")\n' >"$out/hello.swift"
printf 'import FoundationEssentials\nprint("hello", Date.now > .distantPast)\n' >"$out/hello-essentials.swift"
swiftc -O "$out/hello.swift" -o "$out/hello"
swiftc -O "$out/hello-essentials.swift" -o "$out/hello-essentials"
swiftc -O -static-stdlib "$out/hello-essentials.swift" -o "$out/hello-essentials-static"

# vpccost as the README builds it: the Swift runtime linked statically.
swift build -c release --static-swift-stdlib --product vpccost >/dev/null
# The same sources linked against the shared Swift runtime, to show what the flag buys.
swift build -c release --product vpccost --scratch-path .build-dynamic >/dev/null
extra=()
if [ -n "$baseline" ]; then
  extra=(-n baseline-compare "$baseline compare --invokes 1e6 --azs 2")
fi

args="compare --invokes 1e6 --azs 2"
hyperfine --warmup 20 --runs "$runs" -N --style basic \
  --export-json "$out/startup.json" --export-markdown "$out/startup.md" \
  -n hello "$out/hello" \
  -n hello-essentials "$out/hello-essentials" \
  -n hello-essentials-static "$out/hello-essentials-static" \
  -n vpccost-version "./.build/release/vpccost --version" \
  -n vpccost-compare "./.build/release/vpccost $args" \
  -n vpccost-compare-json "./.build/release/vpccost $args --format json" \
  -n vpccost-compare-dynamic "./.build-dynamic/release/vpccost $args" \
  "${extra[@]}" >/dev/null

python3 - "$out/startup.json" <<'PY'
import json, statistics, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
base = statistics.median(results["hello"]["times"])
print(f"{'command':<26}{'median ms':>10}{'mean ms':>10}{'x hello':>9}")
for name, r in results.items():
    median = statistics.median(r["times"])
    print(f"{name:<26}{median*1000:>10.2f}{r['mean']*1000:>10.2f}{median/base:>9.2f}")
PY
