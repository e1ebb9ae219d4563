#!/usr/bin/env bash
# Builds the libFuzzer binary (the package's modules plus Fuzz/FuzzTargets.swift, with
# -sanitize=fuzzer,address) and runs every target, or the ones named, for SECONDS each, from its
# seed corpus in Fuzz/corpus/TARGET. New interesting inputs go to .build-fuzz/corpus/TARGET (not
# committed); a crash is saved as .build-fuzz/crashes/TARGET-crash-* and the script fails: add
# the input to Tests/VPCCostCLIUnitTests/FuzzRegressionTests.swift once it is fixed.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
#   targets: arguments numbers batch-csv batch-json price-table offer-json offer-csv template pipeline
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(arguments numbers batch-csv batch-json price-table offer-json offer-csv template pipeline)
binary=.build-fuzz/vpccost-fuzz
modules=(VPCCostCore VPCCostFormats VPCCostReview VPCCostBatch VPCCostCLI)
flags=(-swift-version 6 -O -sanitize=fuzzer,address -parse-as-library -package-name vpccost -enable-testing)
if [ ! -x "$binary" ] || [ -n "$(find Sources Fuzz -name '*.swift' -newer "$binary" | head -1)" ]; then
  mkdir -p .build-fuzz/modules
  echo "building $binary"
  # Each module as the package builds it (the same imports, so the layering holds here too), in
  # dependency order, then the fuzz entry point against them.
  for module in "${modules[@]}"; do
    # shellcheck disable=SC2046
    swiftc "${flags[@]}" -module-name "$module" -I .build-fuzz/modules -wmo \
      -emit-module -emit-module-path ".build-fuzz/modules/$module.swiftmodule" \
      -c $(find "Sources/$module" -name '*.swift' | sort) -o ".build-fuzz/modules/$module.o"
  done
  swiftc "${flags[@]}" -I .build-fuzz/modules Fuzz/FuzzTargets.swift \
    .build-fuzz/modules/*.o -o "$binary" 2> >(grep -v 'ld.gold: warning' >&2)
fi
mkdir -p .build-fuzz/crashes
failed=0
for target in "${targets[@]}"; do
  mkdir -p ".build-fuzz/corpus/$target"
  if VPCCOST_FUZZ_TARGET=$target "$binary" ".build-fuzz/corpus/$target" "Fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=".build-fuzz/crashes/$target-" -print_final_stats=1 \
    > ".build-fuzz/$target.log" 2>&1; then
    runs=$(awk '/stat::number_of_executed_units/{print $2}' ".build-fuzz/$target.log")
    echo "fuzz $target: ${runs:-?} runs in ${seconds}s, no crash"
  else
    echo "fuzz $target: CRASH, see .build-fuzz/$target.log and .build-fuzz/crashes/" >&2
    grep -m 5 -E 'ERROR|Fatal error|SUMMARY' ".build-fuzz/$target.log" >&2 || true
    failed=1
  fi
done
exit $failed
