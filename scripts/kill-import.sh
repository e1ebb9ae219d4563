#!/usr/bin/env bash
# Kills `vpccost prices import` at random instants around its end (where it writes), and a
# batch whose output file has a second hard link, and checks that every kill leaves the old
# tables or the new ones, never a mix, and nothing else (issue 24). After each kill a reading
# run (`prices validate DIR`) finishes what the killed import committed, as the next run in
# the folder would; the folder must then equal the tables before the import or after a
# complete one, byte for byte, with no `.vpccost-*` file left.
#
# Usage: scripts/kill-import.sh [KILLS] [BINARY]   (default 40, the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-40}
binary=${2:-}
if [ -z "$binary" ]; then
  swift build -c release --product vpccost >/dev/null
  binary=$PWD/.build/release/vpccost
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make-offer-file.py csv 100 "$work/offer.csv" >/dev/null
offers=("$work/offer.csv" Tests/Fixtures/offers/vpc.json Tests/Fixtures/offers/datatransfer.json)
mkdir "$work/old"
cp PriceTables/us-east-1.json PriceTables/us-east-2.json PriceTables/eu-west-1.json "$work/old/"
# The tables a complete import writes.
cp -r "$work/old" "$work/new"
"$binary" prices import "${offers[@]}" --output-dir "$work/new" > /dev/null
if diff -rq "$work/old" "$work/new" > /dev/null; then
  echo "kill-import.sh: the import changes nothing, so it tests nothing" >&2
  exit 1
fi
python3 - "$binary" "$work" "$kills" "${offers[@]}" <<'PY'
import filecmp, os, random, shutil, signal, subprocess, sys, time
binary, work, kills, offers = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]

def run_import(folder):
    return subprocess.Popen([binary, "prices", "import", *offers, "--output-dir", folder],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def same(a, b):
    names = sorted(os.listdir(a))
    return names == sorted(os.listdir(b)) and all(
        filecmp.cmp(f"{a}/{n}", f"{b}/{n}", shallow=False) for n in names)

# How long a whole import takes here, so that kills land around its end, where it writes.
times = []
for _ in range(3):
    shutil.rmtree(f"{work}/time", ignore_errors=True)
    shutil.copytree(f"{work}/old", f"{work}/time")
    start = time.monotonic()
    run_import(f"{work}/time").wait()
    times.append(time.monotonic() - start)
duration = sorted(times)[1]
rng = random.Random(24)
counts = {"old": 0, "new": 0, "finished before the kill": 0}
for index in range(1, kills + 1):
    run = f"{work}/run"
    shutil.rmtree(run, ignore_errors=True)
    shutil.copytree(f"{work}/old", run)
    process = run_import(run)
    time.sleep(duration * rng.uniform(0.6, 1.02))
    finished = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    # A reading run finishes what the killed import committed, as the next run would.
    subprocess.run([binary, "prices", "validate", run], stdout=subprocess.DEVNULL, check=True)
    left = [n for n in os.listdir(run) if n.startswith(".vpccost-")]
    if left:
        sys.exit(f"kill {index}: left over: {left} (finished: {finished})")
    if same(f"{work}/old", run):
        counts["old"] += 1
    elif same(f"{work}/new", run):
        counts["finished before the kill" if finished else "new"] += 1
    else:
        differ = [n for n in sorted(os.listdir(run)) if not (
            filecmp.cmp(f"{work}/old/{n}", f"{run}/{n}", shallow=False)
            or filecmp.cmp(f"{work}/new/{n}", f"{run}/{n}", shallow=False))]
        sys.exit(f"kill {index}: the tables are neither the old ones nor the new ones "
                 f"(finished: {finished}; tables like neither: {differ}; files: {sorted(os.listdir(run))})")
# A batch output with a second hard link is refused before anything is written (exit 73):
# killed at any instant, both links keep the old content and nothing is left over.
rows = f"{work}/rows.csv"
with open(rows, "w") as f:
    f.write("name,gb\n" + "".join(f"w{i},{i % 97 + 1}\n" for i in range(200000)))
target, other = f"{work}/linked/out.csv", f"{work}/linked/other.csv"
os.makedirs(f"{work}/linked", exist_ok=True)
# Kills land around the time a whole batch into an ordinary file takes (where a build that
# rewrote a linked file in place was copying into it).
start = time.monotonic()
subprocess.run([binary, "batch", rows, "--output", f"{work}/linked/plain.csv"],
               stdout=subprocess.DEVNULL, check=True)
batch_duration = time.monotonic() - start
os.unlink(f"{work}/linked/plain.csv")
for index in range(1, kills + 1):
    for path in (target, other):
        if os.path.exists(path):
            os.unlink(path)
    with open(target, "w") as f:
        f.write("old\n")
    os.link(target, other)
    process = subprocess.Popen([binary, "batch", rows, "--output", target],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(batch_duration * rng.uniform(0.7, 1.02))
    process.send_signal(signal.SIGKILL)
    process.wait()
    contents = [open(path).read() for path in (target, other)]
    left = [n for n in os.listdir(f"{work}/linked") if n.startswith(".vpccost-")]
    if contents != ["old\n", "old\n"] or left:
        sys.exit(f"hard-linked output, kill {index}: {contents[0][:20]!r}, left over {left}")
print(f"kill-import.sh: {kills} kills (an import takes {duration * 1000:.0f} ms here), each left "
      f"the old tables ({counts['old']}) or the new ones ({counts['new']}; "
      f"{counts['finished before the kill']} more had finished), nothing else; {kills} kills of a "
      f"batch into a hard-linked file: both links kept the old content, nothing left over")
PY
