#!/usr/bin/env bash
# bench/serve: requests/s and latency (p50/p99) of `picket serve` per endpoint, measured with wrk (Debian package) on
# loopback against the demo store. Lookups cycle through many keys taken from the store itself (every vessel's MMSI,
# name prefixes of every vessel, tiles around every event), so no answer is one cached key. By default the server runs
# twice side by side, answering from the store's queries (PICKET_SERVE_MEMORY=off) and from its in-memory read model,
# and the table prints both and their ratio. The server and wrk share the machine's cores: the load (uptime) is printed.
# Usage: bench/serve/run.sh [STORE_DIR]   (default demo-out; made with ./picket demo when missing)
# Environment: PORT (5187), DURATION (10s), CONNECTIONS (50), THREADS (2), SIDE_BY_SIDE (1; 0 = in-memory only).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
store="${1:-$root/demo-out}"
port="${PORT:-5187}"; duration="${DURATION:-10s}"; conns="${CONNECTIONS:-50}"; threads="${THREADS:-2}"; sides="${SIDE_BY_SIDE:-1}"
command -v wrk >/dev/null || { echo "bench/serve: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench/serve: python3 is needed to read the keys from the store's answers" >&2; exit 1; }
if [[ ! -e "$store" ]]; then
  echo "bench/serve: no store at $store; running ./picket demo --out $store" >&2
  "$root/picket" demo --out "$store" >/dev/null
fi
lists=()
for d in "$store/scenario/SYNTHETIC-lists" "$store/../scenario/SYNTHETIC-lists"; do [[ -d "$d" ]] && { lists=(--lists "$d"); break; }; done

work="$(mktemp -d)"
"$root/picket" --help >/dev/null   # builds the CLI first when a source changed, so the start-up below is the server's own
base="http://127.0.0.1:$port"
server=""; startup=""
stop() { [[ -n "$server" ]] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }; server=""; }
trap 'stop; rm -rf "$work"' EXIT

# Starts the server (memory: on|off) and waits for its first answer; sets $server and $startup (seconds).
start() {
  local started ready
  started=$(date +%s.%N)
  # The limiter would answer 429 to a load generator on one address: it is switched off for the measurement.
  PICKET_SERVE_MEMORY="$1" "$root/picket" serve "$store" --urls "$base" --rate-limit 0 "${lists[@]}" > "$work/serve-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do curl -fs "$base/api/v1/vessels?limit=1" >/dev/null 2>&1 && break; sleep 0.05; done
  ready=$(date +%s.%N)
  curl -fs "$base/api/v1/vessels?limit=1" >/dev/null || { cat "$work/serve-$1.log" >&2; echo "bench/serve: the server did not answer" >&2; exit 1; }
  startup="$(awk -v a="$started" -v b="$ready" 'BEGIN {printf "%.2f", b - a}')"
}

# The keys, from the store's own answers: every vessel (MMSI, a 4–6-letter prefix of its name, its MMSI's first 5 digits)
# and a 2°×2° box around every event with a position. One wrk Lua script per endpoint cycles through its paths.
keys() {
  curl -fs "$base/api/v1/vessels?limit=500" > "$work/vessels.json"
  curl -fs "$base/api/v1/events?limit=1000" > "$work/events.json"
  python3 - "$work" <<'PY'
import json, sys, urllib.parse, random
work = sys.argv[1]
vessels = json.load(open(f"{work}/vessels.json"))["vessels"]
events = json.load(open(f"{work}/events.json"))["events"]
rng = random.Random(42)
mmsis = [str(v["mmsi"]) for v in vessels]
names = sorted({v["name"][: rng.choice([4, 5, 6])].strip() for v in vessels if v.get("name")})
boxes = sorted({(int(e["lon"]) // 2 * 2, int(e["lat"]) // 2 * 2) for e in events if e.get("lat") is not None})
types = ["encounter", "gap", "loitering", "port_call", "identity_change", "draught_change"]
paths = {
    "search-name": [f"/api/v1/vessels?q={urllib.parse.quote(n)}&limit=20" for n in names],
    "search-mmsi": sorted({f"/api/v1/vessels?q={m[:5]}&limit=20" for m in mmsis}),
    "page": [f"/api/v1/vessels/{m}" for m in mmsis],
    "events-type": [f"/api/v1/events?type={t}&limit=50&offset={o}" for t in types for o in (0, 50)],
    "events-vessel": [f"/api/v1/events?mmsi={m}" for m in mmsis],
    "track": [f"/api/v1/vessels/{m}/track?zoom=8" for m in mmsis],
    "tile": [f"/api/v1/tracks?bbox={x},{y},{x + 2},{y + 2}&zoom=8&limit=20000" for x, y in boxes],
}
for name, list_ in paths.items():
    rng.shuffle(list_)
    with open(f"{work}/{name}.lua", "w") as f:
        f.write("local paths = {\n" + "".join(f'  "{p}",\n' for p in list_) + "}\n")
        f.write("local i = 0\nfunction init(args) i = math.random(#paths) end\n")
        f.write("function request() i = i % #paths + 1; return wrk.format(nil, paths[i]) end\n")
    print(f"{name}={len(list_)}")
PY
  local name; name="$(curl -fs "$base/api/v1/vessels?limit=1" | sed -E 's/.*"name":"([^"]*)".*/\1/')"
  cat > "$work/match.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"queries":{"q1":{"schema":"Vessel","properties":{"name":["$name"]}},"q2":{"schema":"Person","properties":{"name":["Kim Jong Un"]}}}}'
LUA
}

# One endpoint: a 3 s warm-up (JIT, caches), then the measured run; appends "rps p50 p99" to $work/<mode>.txt.
measure() {
  local mode="$1" script="$2" url="$3"
  wrk -t"$threads" -c"$conns" -d3s -s "$work/$script.lua" "$url" >/dev/null 2>&1 || true
  local out; out="$(wrk -t"$threads" -c"$conns" -d"$duration" --latency -s "$work/$script.lua" "$url")"
  local rps p50 p99
  rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<< "$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<< "$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<< "$out")"
  if grep -q "Non-2xx" <<< "$out"; then rps="$rps ($(grep 'Non-2xx' <<< "$out" | awk '{print $NF}') non-2xx)"; fi
  echo "$rps|$p50|$p99" >> "$work/$mode.txt"
}

endpoints=(
  "search-name|vessel search, name prefixes|/api/v1/vessels?q=…&limit=20"
  "search-mmsi|vessel search, MMSI prefixes|/api/v1/vessels?q=NNNNN&limit=20"
  "page|vessel page|/api/v1/vessels/{mmsi}"
  "events-type|event query by type|/api/v1/events?type=T&limit=50&offset=0/50"
  "events-vessel|a vessel's events|/api/v1/events?mmsi={mmsi}"
  "track|vessel track|/api/v1/vessels/{mmsi}/track?zoom=8"
  "tile|track tile (2°×2°)|/api/v1/tracks?bbox=…&zoom=8&limit=20000"
  "match|yente match (2 queries)|POST /match/default"
)

# Polls URL until it answers in under SECONDS three times running (at most a minute).
settle() {
  local fast=0 t
  for _ in $(seq 1 600); do
    t="$(curl -s -o /dev/null -w '%{time_total}' "$1")"
    if awk -v t="$t" -v s="$2" 'BEGIN {exit !(t < s)}'; then fast=$((fast + 1)); [[ $fast -ge 3 ]] && return; else fast=0; fi
    sleep 0.1
  done
}

run_mode() {
  local mode="$1"
  start "$mode"
  cat "$work/serve-$mode.log"
  [[ -f "$work/page.lua" ]] || keys >&2
  if [[ "$mode" == on ]]; then
    # The read model builds in the background after start (pages and events, then the track sketch): wait until a
    # vessel page answers in under 5 ms and a tile in under 50 ms, 3 times running.
    local m tile; m="$(sed -n '2s/.*\/vessels\/\([0-9]*\)".*/\1/p' "$work/page.lua")"; tile="$(sed -n '2s/^  "\(.*\)",$/\1/p' "$work/tile.lua")"
    settle "$base/api/v1/vessels/$m" 0.005; settle "$base$tile" 0.05
  fi
  echo "start-up ($mode): ${startup} s from launching ./picket serve to the first answer; load: $(uptime | sed 's/.*load average: //')"
  echo "server memory ($mode): $(( $(ps -o rss= -p "$server") / 1024 )) MB resident"
  : > "$work/$mode.txt"
  for e in "${endpoints[@]}"; do
    IFS='|' read -r script _ path <<< "$e"
    if [[ "$script" == match ]]; then measure "$mode" match "$base/match/default"; else measure "$mode" "$script" "$base/"; fi
  done
  stop
}

modes=(on); [[ "$sides" == 1 ]] && modes=(off on)
for mode in "${modes[@]}"; do run_mode "$mode"; done

echo
if [[ "$sides" == 1 ]]; then
  printf '| endpoint | store: req/s | p50 | p99 | memory: req/s | p50 | p99 | ratio |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
else
  printf '| endpoint | requests/s | p50 | p99 |\n|---|---:|---:|---:|\n'
fi
i=0
for e in "${endpoints[@]}"; do
  i=$((i + 1))
  IFS='|' read -r script label path <<< "$e"
  IFS='|' read -r rps p50 p99 <<< "$(sed -n "${i}p" "$work/on.txt")"
  if [[ "$sides" == 1 ]]; then
    IFS='|' read -r orps op50 op99 <<< "$(sed -n "${i}p" "$work/off.txt")"
    ratio="$(awk -v a="${rps%% *}" -v b="${orps%% *}" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else print "-"}')"
    printf '| %s `%s` | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$path" "$orps" "$op50" "$op99" "$rps" "$p50" "$p99" "$ratio"
  else
    printf '| %s `%s` | %s | %s | %s |\n' "$label" "$path" "$rps" "$p50" "$p99"
  fi
done
echo
echo "keys: $(for s in search-name search-mmsi page events-type events-vessel track tile; do printf '%s %s, ' "$s" "$(grep -c '^  "' "$work/$s.lua")"; done | sed 's/, $//') (paths cycled per endpoint)"
echo "command: bench/serve/run.sh $* (wrk -t$threads -c$conns -d$duration --latency, after a 3 s warm-up; $(nproc) cores; load at the end: $(uptime | sed 's/.*load average: //'))"
