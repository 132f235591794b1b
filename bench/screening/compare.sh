#!/usr/bin/env bash
# Screening speed, old vs new side by side: builds this benchmark at an old commit (default 430a659, before the
# name-rule work) from `git archive` and at the working tree, runs both on the same lists and query count in
# alternating rounds (so both see the same machine load), and prints per-round and median figures with the ratio.
# Usage: bench/screening/compare.sh [OLD_COMMIT] [QUERIES] [ROUNDS]   (defaults 430a659 100000 3)
# The old side is the standalone bench/Picket.Bench.Screening of that commit; the new side is the one benchmark host,
# bench/Picket.Bench, running its `screening` command (the same program, moved).
# LISTS=dir with un/consolidated.xml and ofac/ (default: the project's shared data); WORK_DIR (default /tmp/picket-screening-compare).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
old="${1:-430a659}"; queries="${2:-100000}"; rounds="${3:-3}"
lists="${LISTS:-$root/../shared/data/lists}"
work="${WORK_DIR:-${TMPDIR:-/tmp}/picket-screening-compare}"
[[ -d "$lists/un" ]] || { echo "no lists at $lists (set LISTS)" >&2; exit 2; }
mkdir -p "$work"
if [[ ! -f "$work/bin-$old/Picket.Bench.Screening.dll" ]]; then
  rm -rf "$work/src-$old"; mkdir -p "$work/src-$old"
  git -C "$root" archive "$old" | tar -x -C "$work/src-$old"
  dotnet build "$work/src-$old/bench/Picket.Bench.Screening" -c Release -o "$work/bin-$old" --nologo > "$work/build-old.log" 2>&1 || { tail -20 "$work/build-old.log"; exit 2; }
fi
dotnet build "$root/bench/Picket.Bench" -c Release -o "$work/bin-new" --nologo > "$work/build-new.log" 2>&1 || { tail -20 "$work/build-new.log"; exit 2; }

for r in $(seq 1 "$rounds"); do
  for side in old new; do
    if [[ $side == new ]]; then run=("$work/bin-new/Picket.Bench.dll" screening); else run=("$work/bin-$old/Picket.Bench.Screening.dll"); fi
    dotnet "${run[@]}" "$lists" "$queries" > "$work/$side-$r.txt" 2>&1
  done
done

python3 - "$work" "$rounds" "$old" "$(git -C "$root" rev-parse --short HEAD)" <<'PY'
import re, statistics, sys
work, rounds, old, new = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def parse(path):
    t = open(path).read()
    cpu = float(re.search(r"per CPU-second of the screening thread \| ([\d,]+) queries/s", t).group(1).replace(",", ""))
    wall = float(re.search(r"throughput, wall clock \| ([\d,]+) queries/s \(load average ([\d.]+|n/a)\)", t).group(1).replace(",", ""))
    load = re.search(r"load average ([\d.]+|n/a)", t).group(1)
    p99 = float(re.search(r"best of 3 passes \| [\d.]+ / ([\d.]+) /", t).group(1))
    p99first = float(re.search(r"first pass \| [\d.]+ / ([\d.]+) /", t).group(1))
    stages = re.search(r"\(µs per query: (.*?);", t).group(1)
    recall = re.search(r"recall \(true entity among results\) \| ([\d.]+ %)", t).group(1)
    fp = re.search(r"false-positive rate .*? \| ([\d.]+ %)", t).group(1)
    return dict(cpu=cpu, wall=wall, load=load, p99=p99, p99first=p99first, stages=stages, recall=recall, fp=fp)
rows = {s: [parse(f"{work}/{s}-{r}.txt") for r in range(1, rounds + 1)] for s in ("old", "new")}
print(f"| round | load | {old} q/s per CPU-s | {new}+ q/s per CPU-s | ratio | {old} p99 (best of 3) | new p99 | ratio |")
print("|---|---|---|---|---|---|---|---|")
for r in range(rounds):
    o, n = rows["old"][r], rows["new"][r]
    print(f"| {r + 1} | {o['load']}/{n['load']} | {o['cpu']:,.0f} | {n['cpu']:,.0f} | {n['cpu'] / o['cpu']:.2f} | {o['p99']:.3f} ms | {n['p99']:.3f} ms | {n['p99'] / o['p99']:.2f} |")
mo = statistics.median(x["cpu"] for x in rows["old"]); mn = statistics.median(x["cpu"] for x in rows["new"])
po = statistics.median(x["p99"] for x in rows["old"]); pn = statistics.median(x["p99"] for x in rows["new"])
print(f"| median | | {mo:,.0f} | {mn:,.0f} | {mn / mo:.2f} | {po:.3f} ms | {pn:.3f} ms | {pn / po:.2f} |")
print(f"stages (µs, wall clock) old: {rows['old'][-1]['stages']}")
print(f"stages (µs, wall clock) new: {rows['new'][-1]['stages']}")
print(f"recall / false positives: old {rows['old'][0]['recall']} / {rows['old'][0]['fp']}, new {rows['new'][0]['recall']} / {rows['new'][0]['fp']}")
PY
