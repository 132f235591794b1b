#!/usr/bin/env bash
# picket analyze end to end on simulated feeds of two lengths: messages/s and peak memory for each, so one can see
# throughput and whether memory depends on the length of the input; each length is run with the store (the default,
# picket.duckdb gets every position) and with --no-store. Usage: bench/analyze/run.sh [VESSELS] [HOURS...]
# Defaults: 500 vessels, 36 h and 144 h (about 2.8 M and 11 M NMEA lines). Scratch files go to bench/analyze/.work/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
vessels="${1:-500}"; shift || true
hours=("${@:-36 144}"); [[ $# -eq 0 ]] && hours=(36 144)
work="${WORK_DIR:-$root/bench/analyze/.work}"
mkdir -p "$work"
"$root/picket" --help > /dev/null   # build once, outside the timings
dll="$root/.build/cli/picket.dll"
printf '%-8s %-6s %-7s %12s %12s %8s %12s %8s %8s  %s\n' vessels hours store lines messages wall_s "messages/s" peak_MB live_MB "phases (s)"
for h in "${hours[@]}"; do
  dir="$work/v$vessels-h$h"
  [[ -f "$dir/scenario/feed.nmea" ]] || dotnet "$dll" simulate --vessels "$vessels" --hours "$h" --seed 42 --out "$dir/scenario" 2> /dev/null
  for store in yes no; do
    rm -rf "$dir/analysis"   # a fresh store each time: a second run would skip the file's positions
    flags=(); [[ $store == no ]] && flags=(--no-store)
    /usr/bin/time -f "%e %M" -o "$dir/time.txt" dotnet "$dll" analyze "$dir/scenario/feed.nmea" --out "$dir/analysis" --json "${flags[@]}" > "$dir/summary.json"
    read -r wall kb < "$dir/time.txt"
    python3 - "$dir/summary.json" "$vessels" "$h" "$wall" "$kb" "$store" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); wall = float(sys.argv[4]); kb = float(sys.argv[5])
lines, msgs = s["decode"]["lines"], s["decode"]["messages"]
phases = " ".join(f"{k}={v:.1f}" for k, v in s["phase_seconds"].items() if v >= 0.05)
print(f"{sys.argv[2]:<8} {sys.argv[3]:<6} {sys.argv[6]:<7} {lines:>12} {msgs:>12} {wall:>8.1f} {msgs / wall:>12,.0f} {kb / 1024:>8.1f} {s['live_heap_mb_after_read']:>8.1f}  {phases}")
PY
  done
done
