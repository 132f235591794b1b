#!/usr/bin/env bash
# Throughput of `picket watch` with the full analysis, fed over loopback TCP as fast as it reads, beside
# `picket analyze` on the same file: builds picket (Release), makes the demo scenario's feed once (seed 42, 500
# vessels, 72 h) unless FEED is given, then runs both RUNS times, one after the other, and prints the messages per
# second of each and their ratio (goal: watch >= 50 % of analyze). It also checks that the watch's final events equal
# analyze's (same ids and lines). The feed is served by bench/watch/feed_server.py (each connection from the start,
# then quiet and open, as a live feed). The watch's time excludes its --stop-when-idle wait.
#
# Usage: bench/watch/run.sh   (FEED=path.nmea, RUNS=3, STORE=1 to write picket.duckdb in both, WORK_DIR=/tmp/picket-bench-watch)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${WORK_DIR:-${TMPDIR:-/tmp}/picket-bench-watch}"
runs="${RUNS:-3}"
idle=2
mkdir -p "$work"
echo "watch-bench: building picket (Release) ..." >&2
if ! log="$(dotnet build "$root/src/Picket.Cli/Picket.Cli.csproj" -c Release -o "$work/bin" --nologo 2>&1)"; then echo "$log" | tail -30 >&2; exit 2; fi
picket=(dotnet "$work/bin/picket.dll")
feed="${FEED:-$work/scenario/feed.nmea}"
if [[ ! -f "$feed" ]]; then
  echo "watch-bench: simulating the demo scenario ..." >&2
  "${picket[@]}" simulate --seed 42 --hours 72 --vessels 500 --out "$work/scenario" > /dev/null
fi
store=(--no-store); [[ "${STORE:-0}" == 1 ]] && store=()
echo "watch-bench: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); feed $feed ($(du -h "$feed" | cut -f1))" >&2

server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT
now() { date +%s.%N; }
verdict="SAME"
for run in $(seq 1 "$runs"); do
  rm -rf "$work/batch" "$work/live" "$work/port"
  t0=$(now); "${picket[@]}" analyze "$feed" --out "$work/batch" "${store[@]}" --quiet > /dev/null; t1=$(now)
  python3 "$root/bench/watch/feed_server.py" "$feed" > "$work/port.tmp" & server_pid=$!
  for _ in $(seq 1 100); do [[ -s "$work/port.tmp" ]] && break; sleep 0.1; done; mv "$work/port.tmp" "$work/port"
  t2=$(now)
  line="$("${picket[@]}" watch "tcp://127.0.0.1:$(cat "$work/port")" --out "$work/live" "${store[@]}" --stop-when-idle "$idle" --quiet)"
  t3=$(now)
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  messages=$(echo "$line" | sed -E 's/.*: ([0-9,]+) messages analysed.*/\1/' | tr -d ,)
  same=$(python3 - "$work/batch/events.jsonl" "$work/live/events.jsonl" <<'PY'
import json, sys
def final(p):
    d = {}
    for l in open(p):
        l = l.rstrip("\n")
        if l: d[json.loads(l)["id"]] = l
    return d
b, l = final(sys.argv[1]), final(sys.argv[2])
extra = [k for k in l if k not in b and not (json.loads(l[k])["type"] == "gap" and json.loads(l[k])["evidence"].get("still_dark"))]
print("SAME" if all(l.get(k) == v for k, v in b.items()) and not extra else "DIFFERENT")
PY
)
  [[ "$same" == SAME ]] || verdict="DIFFERENT"
  python3 - "$messages" "$t0" "$t1" "$t2" "$t3" "$idle" "$run" "$same" <<'PY'
import sys
m, t0, t1, t2, t3, idle = int(sys.argv[1]), *map(float, sys.argv[2:7])
run, same = sys.argv[7], sys.argv[8]
batch, live = t1 - t0, (t3 - t2) - idle
print(f"run {run}: {m:,} messages | analyze {batch:6.1f} s {m / batch:9,.0f} msg/s | watch over TCP {live:6.1f} s {m / live:9,.0f} msg/s | watch/analyze {batch / live:5.2f} | events {same}")
PY
done
echo "watch-bench: load after $(cut -d' ' -f1-3 /proc/loadavg); events $verdict"
[[ "$verdict" == SAME ]]
