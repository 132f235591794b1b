#!/usr/bin/env bash
# picket cluster analyze on 1, 2 and 3 silos against the single-process picket analyze, on the same feed, side by side.
# Every silo is its own process (as on separate machines), all joined through one private redis-server on loopback.
# Per run: wall time, messages/s, CPU seconds of every process involved (client + silos + redis), the CPU overhead
# per input message against the single process (µs), grain calls per input message (when the client reports them),
# and whether events.jsonl holds the single process's lines (ids and evidence; else how many differ).
# On a 2-core machine shared with other work the cluster cannot be faster than one process: the table shows the
# cost of distribution (messages between grains, serialization, membership), not a speed-up.
# Usage: bench/cluster/run.sh [VESSELS] [HOURS] [SILO_COUNTS]   (defaults: 500 vessels × 72 h, seed 42 — the demo
# scenario's size, about 5.3 M messages — and "1 2 3"). Environment: WORK_DIR (scratch, default bench/cluster/.work);
# KILL_AFTER_EPOCH=N (runs of 2 or more silos): once the client reports epoch N done, the second silo is killed with
# SIGKILL (no shutdown, no last checkpoint) and the run must complete on the others with the same lines, none twice.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
vessels="${1:-500}"; hours="${2:-72}"; counts="${3:-1 2 3}"
work="${WORK_DIR:-$root/bench/cluster/.work}"
mkdir -p "$work"
command -v redis-server > /dev/null || { echo "redis-server is required (apt-get install redis-server)" >&2; exit 1; }
"$root/picket" --help > /dev/null   # builds the binary once, outside the timings
dll="$root/.build/cli/picket.dll"
tck=$(getconf CLK_TCK)

feed="$work/v$vessels-h$hours/scenario/feed.nmea"
[[ -f "$feed" ]] || dotnet "$dll" simulate --vessels "$vessels" --hours "$hours" --seed 42 --out "$(dirname "$feed")" 2> /dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
# CPU seconds (user + system) a live process has used so far, from /proc/PID/stat (fields 14 and 15, in clock ticks).
cpu_of() { awk -v t="$tck" '{ sub(/^.*\) /, ""); print ($12 + $13) / t }' "/proc/$1/stat" 2> /dev/null || echo 0; }
wait_for() { # FILE PATTERN SECONDS
  for ((i = 0; i < $3 * 10; i++)); do grep -qiE "$2" "$1" 2> /dev/null && return 0; sleep 0.1; done
  echo "no '$2' in $1 after $3 s:" >&2; tail -20 "$1" >&2; return 1
}
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done; }
trap cleanup EXIT

echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results="$work/results.txt"; : > "$results"

# The single process: the pipeline the cluster must match, without the store (the cluster writes no DuckDB either).
single="$work/out-single"; rm -rf "$single"
/usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" dotnet "$dll" analyze "$feed" --out "$single" --no-store --json > "$work/single.json"
read -r wall user sys rss < "$work/time.txt"
msgs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["decode"]["messages"])' "$work/single.json")
echo "single $msgs $wall $(python3 -c "print($user + $sys)") $rss - yes" >> "$results"

for n in $counts; do
  run="$work/run-$n"; rm -rf "$run"; mkdir -p "$run"
  rport=$(free_port)
  redis-server --port "$rport" --bind 127.0.0.1 --save '' --appendonly no --daemonize no --dir "$run" --logfile "$run/redis.log" &
  redis=$!; pids=("$redis")
  for ((i = 0; i < 50; i++)); do [[ "$(redis-cli -p "$rport" ping 2> /dev/null)" == PONG ]] && break; sleep 0.1; done
  silos=()
  # One after another: silos joining at once on a loaded 2-core machine miss each other's probes while they start and
  # vote each other dead (seen here: two of three stopped with "I have been told I am dead").
  for ((s = 1; s <= n; s++)); do
    dotnet "$dll" cluster silo --redis "127.0.0.1:$rport" --silo-port "$(free_port)" --gateway-port "$(free_port)" > "$run/silo$s.log" 2>&1 &
    silos+=($!); pids+=($!)
    wait_for "$run/silo$s.log" '^silo up on ' 120
  done
  silo_cpu0=0; for p in "${silos[@]}"; do silo_cpu0=$(python3 -c "print($silo_cpu0 + $(cpu_of "$p"))"); done
  redis_cpu0=$(cpu_of "$redis")
  kill_after="${KILL_AFTER_EPOCH:-}"; (( n >= 2 )) || kill_after=""
  # Epoch progress is printed only without --quiet: the kill waits for it.
  quiet=(--quiet); [[ -n "$kill_after" ]] && quiet=()
  /usr/bin/time -f "%e %U %S %M" -o "$run/time.txt" \
    dotnet "$dll" cluster analyze "$feed" --redis "127.0.0.1:$rport" --out "$run/out" --no-store "${quiet[@]}" > "$run/client.log" 2>&1 &
  client=$!
  killed=""
  if [[ -n "$kill_after" ]]; then
    while kill -0 "$client" 2> /dev/null && ! grep -qE "^epoch $kill_after done" "$run/client.log"; do sleep 0.2; done
    if kill -0 "$client" 2> /dev/null; then
      silo_cpu0=$(python3 -c "print($silo_cpu0 - $(cpu_of "${silos[1]}"))")  # its CPU so far still counts, taken now
      kill -9 "${silos[1]}"; wait "${silos[1]}" 2> /dev/null || true  # reaped, so that its CPU is not read again below
      killed=" (silo 2 killed after epoch $kill_after)"
      echo "killed silo 2 (pid ${silos[1]}) after epoch $kill_after" >> "$run/client.log.kill"
    fi
  fi
  wait "$client" || { echo "cluster analyze on $n silo(s) failed:" >&2; tail -20 "$run/client.log" >&2; exit 1; }
  read -r wall user sys rss < "$run/time.txt"
  silo_cpu=0; for p in "${silos[@]}"; do [[ -d /proc/$p ]] && silo_cpu=$(python3 -c "print($silo_cpu + $(cpu_of "$p"))"); done
  redis_cpu=$(cpu_of "$redis")
  cpu=$(python3 -c "print($user + $sys + ($silo_cpu - $silo_cpu0) + ($redis_cpu - $redis_cpu0))")
  # Grain calls, from the client's summary line "cluster: N messages in E epochs, …, C grain calls, …".
  calls=$(grep -oE '[0-9]+ grain calls' "$run/client.log" | tail -1 | grep -oE '^[0-9]+' || true)
  same=$(python3 - "$single" "$run/out" <<'PY'
import json, os, sys
def lines(d, name):
    try: return sorted(l.rstrip("\n") for l in open(os.path.join(d, name)) if l.strip())
    except OSError: return None
a, b = lines(sys.argv[1], "events.jsonl"), lines(sys.argv[2], "events.jsonl")
if a is None or b is None: print("NO (no events.jsonl)"); sys.exit()
ida, idb = sorted(json.loads(l)["id"] for l in a), sorted(json.loads(l)["id"] for l in b)
differ = len(set(a) ^ set(b)) // 2
twice = len(idb) - len(set(idb))
# The ids, then the whole lines (evidence included): "yes" only when every line is the single process's, each once.
events = f"yes ({len(b)} lines)" if a == b else f"ids {'yes' if ida == idb else 'NO'}, {differ} line(s) differ, {twice} id(s) twice"
va, vb = lines(sys.argv[1], "vessels.jsonl"), lines(sys.argv[2], "vessels.jsonl")
vessels = "yes" if va is not None and va == vb else "NO"
print(f"{events}; vessels.jsonl {vessels}")
PY
)
  echo "$n $msgs $wall $cpu $rss ${calls:--} $same$killed" >> "$results"
  cleanup; for p in "${pids[@]}"; do wait "$p" 2> /dev/null || true; done; pids=()
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$results" "$vessels" "$hours" <<'PY'
import sys
rows = [l.split(maxsplit=6) for l in open(sys.argv[1])]  # the last field (the comparison) may hold spaces
base = next(r for r in rows if r[0] == "single")
bm, bcpu = int(base[1]), float(base[3])
print(f"\nfeed: seed 42, {sys.argv[2]} vessels, {sys.argv[3]} h, {bm:,} messages")
print("| run | wall s | messages/s | CPU s (all processes) | overhead µs/message vs single | peak RSS MB (analyze / client) | grain calls/message | same events (lines) and vessels |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    name = "single process (analyze --no-store)" if r[0] == "single" else f"cluster, {r[0]} silo{'s' if r[0] != '1' else ''}"
    m, wall, cpu, rss, calls, same = int(r[1]), float(r[2]), float(r[3]), int(r[4]), r[5], r[6].strip()
    over = "—" if r[0] == "single" else f"{(cpu - bcpu) / m * 1e6:,.1f}"
    per = "—" if calls == "-" else f"{int(calls) / m:.4f}"
    print(f"| {name} | {wall:.1f} | {m / wall:,.0f} | {cpu:.1f} | {over} | {rss / 1024:,.0f} | {per} | {same} |")
PY
echo "command: ${KILL_AFTER_EPOCH:+KILL_AFTER_EPOCH=$KILL_AFTER_EPOCH }bench/cluster/run.sh $vessels $hours \"$counts\""
