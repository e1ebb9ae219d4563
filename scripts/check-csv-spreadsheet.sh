#!/usr/bin/env bash
# Opens vpccost's CSV the way users do: with Python's csv module and with LibreOffice Calc
# (headless), and checks that the money columns arrive as numeric cells that a sheet can sum.
#
# Usage: scripts/check-csv-spreadsheet.sh      (LibreOffice: apt-get install libreoffice-calc-nogui)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --product vpccost >/dev/null
./.build/debug/vpccost compare --invokes 1e6 --azs 2 --format csv --output "$work/compare.csv"
./.build/debug/vpccost batch Tests/Fixtures/workloads.csv --output "$work/batch.csv"

python3 - "$work" <<'PY'
import csv, sys
from decimal import Decimal
work = sys.argv[1]
money = ["hourly_cost", "data_cost", "cross_az_cost", "public_ipv4_cost", "monthly_cost"]
for name in ["compare.csv", "batch.csv"]:
    with open(f"{work}/{name}", newline="") as handle:
        rows = list(csv.DictReader(handle, strict=True))
    for row in rows:
        for column in money:
            Decimal(row[column])  # raises if not a plain number
    print(f"python csv: {name}: {len(rows)} rows, money columns numeric")
PY

if ! command -v soffice >/dev/null; then
  echo "LibreOffice not installed; skipped the Calc check (apt-get install libreoffice-calc-nogui)"
  exit 0
fi
soffice --headless --convert-to xlsx --outdir "$work" "$work/compare.csv" >/dev/null 2>&1
python3 - "$work/compare.xlsx" <<'PY'
import re, sys, zipfile
sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
cells = dict(re.findall(r'<c r="([A-Z]+\d+)"([^>]*)>', sheet))
# Columns I..M are hourly, data, cross-AZ, public IPv4 and monthly cost; rows 2..5 the designs.
for column in "IJKLM":
    for row in range(2, 6):
        attributes = cells[f"{column}{row}"]
        assert 't="s"' not in attributes, f"{column}{row} is text in Calc"
values = re.findall(r'<c r="M([2-5])"[^>]*><v>([^<]+)</v>', sheet)
print("LibreOffice Calc: money cells are numbers; monthly_cost =", [v for _, v in values])
PY
