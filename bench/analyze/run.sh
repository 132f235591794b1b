#!/usr/bin/env bash
# picket analyze end to end, the old binary and the new one in the same run, side by side: messages/s of the whole
# process and peak memory (RSS), with the store (the default: picket.duckdb gets every position) and with --no-store.
# The old binary is built from a git revision (default d4db032, before the single observation mapping and hand-off).
# Usage: bench/analyze/run.sh [VESSELS] [HOURS] [ROUNDS]   (defaults: 500 vessels × 72 h, the demo scenario's
# size, about 5.3 M messages; 2 rounds, old and new alternating so that load on a shared machine hits both alike).
# Environment: OLD_REV (revision to compare with), WORK_DIR (scratch, default bench/analyze/.work).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
vessels="${1:-500}"; hours="${2:-72}"; rounds="${3:-2}"
old_rev="${OLD_REV:-d4db032}"
work="${WORK_DIR:-$root/bench/analyze/.work}"
mkdir -p "$work"

old="$work/old-$old_rev"
if [[ ! -f "$old/cli/picket.dll" ]]; then
  echo "building the old binary from $old_rev..." >&2
  rm -rf "$old"; mkdir -p "$old/src"
  git -C "$root" archive "$old_rev" | tar -x -C "$old/src"
  dotnet build "$old/src/src/Picket.Cli/Picket.Cli.csproj" -c Release -o "$old/cli" --nologo > "$old/build.log" 2>&1 || { tail -20 "$old/build.log" >&2; exit 1; }
fi
"$root/picket" --help > /dev/null   # builds the new binary once, outside the timings
declare -A dll=([old]="$old/cli/picket.dll" [new]="$root/.build/cli/picket.dll")

feed="$work/v$vessels-h$hours/scenario/feed.nmea"
[[ -f "$feed" ]] || dotnet "${dll[new]}" simulate --vessels "$vessels" --hours "$hours" --seed 42 --out "$(dirname "$feed")" 2> /dev/null

echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-4s %-6s %12s %8s %8s %12s %8s\n' round bin store messages wall_s cpu_s "messages/s" peak_MB
results="$work/results.txt"; : > "$results"
for ((r = 1; r <= rounds; r++)); do
  for store in yes no; do
    for bin in old new; do
      out="$work/out-$bin"; rm -rf "$out"   # a fresh store each time: a second run would skip the file's positions
      flags=(); [[ $store == no ]] && flags=(--no-store)
      /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" dotnet "${dll[$bin]}" analyze "$feed" --out "$out" --json "${flags[@]}" > "$work/summary.json"
      read -r wall user sys kb < "$work/time.txt"
      msgs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["decode"]["messages"])' "$work/summary.json")
      python3 - "$r" "$bin" "$store" "$msgs" "$wall" "$user" "$sys" "$kb" <<'PY' | tee -a "$results"
import sys
r, b, s, m, wall, user, sys_, kb = sys.argv[1:]
m, wall, cpu, kb = int(m), float(wall), float(user) + float(sys_), float(kb)
print(f"{r:<5} {b:<4} {s:<6} {m:>12,} {wall:>8.2f} {cpu:>8.2f} {m / wall:>12,.0f} {kb / 1024:>8.1f}")
PY
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Side by side: the best round of each (least disturbed by other work on the machine), and new/old ratios.
python3 - "$results" <<'PY'
import sys, collections
best = {}
for line in open(sys.argv[1]):
    r, b, s, m, wall, cpu, rate, mb = line.split()
    key = (b, s)
    rate, mb, cpu = float(rate.replace(",", "")), float(mb), float(cpu)
    if key not in best or rate > best[key][0]: best[key] = (rate, mb, cpu)
print("\nbest of rounds      old msg/s    new msg/s   new/old   old peak MB  new peak MB  old cpu s  new cpu s")
for s in ("yes", "no"):
    o, n = best[("old", s)], best[("new", s)]
    label = "with store" if s == "yes" else "without store"
    print(f"{label:<16} {o[0]:>12,.0f} {n[0]:>12,.0f} {n[0] / o[0]:>9.2f} {o[1]:>13.1f} {n[1]:>12.1f} {o[2]:>10.2f} {n[2]:>10.2f}")
PY
