#!/usr/bin/env bash
# Renders an SVG chart in headless Chromium and saves a PNG, to see it as a reader would.
#
# Usage: scripts/screenshot-chart.sh CHART.svg OUT.png   (apt-get install chromium)
set -euo pipefail
svg=$(realpath "$1")
png=$(realpath -m "$2")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
page=$(mktemp --suffix=.html)
trap 'rm -f "$page"' EXIT
printf '<!doctype html><html><body style="margin:0;background:#fff"><img src="file://%s"></body></html>\n' "$svg" >"$page"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=960,560 \
  --screenshot="$png" "file://$page" >/dev/null 2>&1
echo "wrote $png"
