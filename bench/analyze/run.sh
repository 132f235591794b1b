#!/usr/bin/env bash
# picket analyze end to end on simulated feeds of two lengths: messages/s and peak memory for each, so one can see
# throughput and whether memory depends on the length of the input. Usage: bench/analyze/run.sh [VESSELS] [HOURS...]
# Defaults: 500 vessels, 36 h and 144 h (about 2.8 M and 11 M NMEA lines). Scratch files go to bench/analyze/.work/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
vessels="${1:-500}"; shift || true
hours=("${@:-36 144}"); [[ $# -eq 0 ]] && hours=(36 144)
work="${WORK_DIR:-$root/bench/analyze/.work}"
mkdir -p "$work"
"$root/picket" --help > /dev/null   # build once, outside the timings
dll="$root/.build/cli/picket.dll"
printf '%-8s %-8s %12s %12s %10s %14s %12s\n' vessels hours lines messages wall_s "messages/s" peak_MB
for h in "${hours[@]}"; do
  dir="$work/v$vessels-h$h"
  [[ -f "$dir/scenario/feed.nmea" ]] || dotnet "$dll" simulate --vessels "$vessels" --hours "$h" --seed 42 --out "$dir/scenario" 2> /dev/null
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" dotnet "$dll" analyze "$dir/scenario/feed.nmea" --out "$dir/analysis" --json > "$dir/summary.json"
  read -r wall kb < "$dir/time.txt"
  python3 - "$dir/summary.json" "$vessels" "$h" "$wall" "$kb" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); wall = float(sys.argv[4]); kb = float(sys.argv[5])
lines, msgs = s["decode"]["lines"], s["decode"]["messages"]
print(f"{sys.argv[2]:<8} {sys.argv[3]:<8} {lines:>12} {msgs:>12} {wall:>10.1f} {msgs / wall:>14,.0f} {kb / 1024:>12.1f}")
PY
done
