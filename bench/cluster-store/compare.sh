#!/usr/bin/env bash
# picket cluster analyze with membership and grain state in Redis, then in PostgreSQL: the same feed, the same number
# of silo processes, one after the other; per store the wall time, the CPU seconds of every process involved (client,
# silos, the store's server) and whether events.jsonl holds picket analyze's lines; then the PostgreSQL/Redis ratios.
# Both servers are private (loopback, free port, temporary directory; PostgreSQL made by initdb and run as the postgres
# account when this runs as root) and start empty, so the PostgreSQL run includes creating Picket's tables.
# Usage: bench/cluster-store/compare.sh [VESSELS] [HOURS] [SILOS]   (defaults 150 × 36 h, seed 1 — the feed of the
# cluster's same-answers test — and 3 silos). Environment: WORK_DIR (scratch, default bench/cluster-store/.work).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
vessels="${1:-150}"; hours="${2:-36}"; n="${3:-3}"
work="${WORK_DIR:-$root/bench/cluster-store/.work}"; mkdir -p "$work"
command -v redis-server > /dev/null || { echo "redis-server is required (apt-get install redis-server)" >&2; exit 1; }
pgbin="$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)"; [[ -x "$pgbin/initdb" ]] || pgbin="$(dirname "$(command -v initdb)")"
[[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL's initdb is required (apt-get install postgresql)" >&2; exit 1; }
as_pg=(); [[ $(id -u) -eq 0 ]] && as_pg=(runuser -u postgres --)
"$root/picket" --help > /dev/null   # builds the binary once, outside the timings
dll="$root/.build/cli/picket.dll"; tck=$(getconf CLK_TCK)
feed="$work/v$vessels-h$hours/feed.nmea"
[[ -f "$feed" ]] || dotnet "$dll" simulate --vessels "$vessels" --hours "$hours" --seed 1 --out "$(dirname "$feed")" > /dev/null 2>&1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
cpu_of() { awk -v t="$tck" '{ sub(/^.*\) /, ""); print ($12 + $13) / t }' "/proc/$1/stat" 2> /dev/null || echo 0; }
# CPU of PostgreSQL: the postmaster and its backends (children), read before they end.
cpu_tree() { local s; s=$(cpu_of "$1"); for c in $(pgrep -P "$1" || true); do s=$(python3 -c "print($s + $(cpu_tree "$c"))"); done; echo "$s"; }
wait_for() { for ((i = 0; i < $3 * 10; i++)); do grep -qE "$2" "$1" 2> /dev/null && return 0; sleep 0.1; done; echo "no '$2' in $1" >&2; tail -20 "$1" >&2; return 1; }
pids=(); pgdata=""
cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done; [[ -n "$pgdata" ]] && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop > /dev/null 2>&1 || true; }
trap cleanup EXIT

echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$dll" analyze "$feed" --out "$work/single" --no-store -q > /dev/null
declare -A wall cpu
for store in redis postgres; do
  run="$work/$store"; rm -rf "$run"; mkdir -p "$run"; chmod 755 "$run"; port=$(free_port); pids=()
  if [[ $store == redis ]]; then
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$run" --logfile "$run/server.log" & server=$!
    for ((i = 0; i < 50; i++)); do [[ "$(redis-cli -p "$port" ping 2> /dev/null)" == PONG ]] && break; sleep 0.1; done
    arg=(--redis "127.0.0.1:$port")
  else
    [[ ${#as_pg[@]} -gt 0 ]] && chown postgres "$run"
    "${as_pg[@]}" "$pgbin/initdb" -D "$run/data" -U postgres -A trust --no-sync > /dev/null
    pgdata="$run/data"
    "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -o "-p $port -k $run -c listen_addresses=127.0.0.1" -l "$run/server.log" -w start > /dev/null
    server=$(head -1 "$pgdata/postmaster.pid")
    arg=(--postgres "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres")
  fi
  pids+=("$server"); silos=()
  for ((s = 1; s <= n; s++)); do   # one after another, as in bench/cluster/run.sh
    # On a heavily loaded machine a joining silo can miss the others' 1 s probes and be voted dead ("I have been told
    # I am dead"): it is started again, up to three times, and the retries are reported.
    for attempt in 1 2 3; do
      dotnet "$dll" cluster silo "${arg[@]}" --silo-port "$(free_port)" --gateway-port "$(free_port)" > "$run/silo$s.log" 2>&1 &
      p=$!; pids+=($p)
      if wait_for "$run/silo$s.log" '^silo up on ' 120 2> /dev/null && sleep 2 && kill -0 "$p" 2> /dev/null; then silos+=($p); break; fi
      echo "$store: silo $s did not join (attempt $attempt): $(grep -m1 -oE 'I have been told I am dead|Failed to get ping responses' "$run/silo$s.log" || tail -1 "$run/silo$s.log")"
      kill "$p" 2> /dev/null || true
      [[ $attempt == 3 ]] && exit 1
    done
  done
  before=$(python3 -c "print($(cpu_tree "$server") + $(for p in "${silos[@]}"; do printf '%s+' "$(cpu_of "$p")"; done)0)")
  /usr/bin/time -f "%e %U %S" -o "$run/time.txt" dotnet "$dll" cluster analyze "$feed" "${arg[@]}" --out "$run/out" --no-store -q > "$run/client.log" 2>&1 \
    || { echo "cluster analyze on $store failed:" >&2; tail -20 "$run/client.log" >&2; exit 1; }
  after=$(python3 -c "print($(cpu_tree "$server") + $(for p in "${silos[@]}"; do printf '%s+' "$(cpu_of "$p")"; done)0)")
  read -r w u sy < "$run/time.txt"
  wall[$store]=$w; cpu[$store]=$(python3 -c "print(round($u + $sy + $after - $before, 1))")
  same=$(cmp -s <(sort "$work/single/events.jsonl") <(sort "$run/out/events.jsonl") && echo yes || echo NO)
  echo "$store: $n silos, ${wall[$store]} s wall, ${cpu[$store]} CPU s (client + silos + server), events equal to picket analyze: $same; $(grep -oE '[0-9]+ messages in [0-9]+ epochs' "$run/client.log")"
  for p in "${silos[@]}"; do kill "$p" 2> /dev/null || true; done
  [[ $store == postgres ]] && { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop > /dev/null; pgdata=""; } || kill "$server"
  wait 2> /dev/null || true
done
python3 -c "print(f'postgres/redis: wall x{${wall[postgres]} / ${wall[redis]}:.2f}, CPU x{${cpu[postgres]} / ${cpu[redis]}:.2f}')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
