#!/usr/bin/env bash
# bench/serve: requests/s and latency (p50/p99) of `picket serve` per endpoint, measured with wrk (Debian package) on
# loopback against the demo store. The server and wrk share the machine's cores: say the load (uptime) with the figures.
# Usage: bench/serve/run.sh [STORE_DIR]   (default demo-out; made with ./picket demo when missing)
# Environment: PORT (5187), DURATION (10s), CONNECTIONS (50), THREADS (2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
store="${1:-$root/demo-out}"
port="${PORT:-5187}"; duration="${DURATION:-10s}"; conns="${CONNECTIONS:-50}"; threads="${THREADS:-2}"
command -v wrk >/dev/null || { echo "bench/serve: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [[ ! -e "$store" ]]; then
  echo "bench/serve: no store at $store; running ./picket demo --out $store" >&2
  "$root/picket" demo --out "$store" >/dev/null
fi
lists=()
for d in "$store/scenario/SYNTHETIC-lists" "$store/../scenario/SYNTHETIC-lists"; do [[ -d "$d" ]] && { lists=(--lists "$d"); break; }; done

work="$(mktemp -d)"
"$root/picket" --help >/dev/null   # builds the CLI first when a source changed, so the start-up below is the server's own
# The limiter would answer 429 to a load generator on one address: it is switched off for the measurement.
started=$(date +%s.%N)
"$root/picket" serve "$store" --urls "http://127.0.0.1:$port" --rate-limit 0 "${lists[@]}" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 1200); do curl -fs "$base/api/v1/vessels?limit=1" >/dev/null 2>&1 && break; sleep 0.05; done
ready=$(date +%s.%N)
cat "$work/serve.log"
curl -fs "$base/api/v1/vessels?limit=1" >/dev/null || { echo "bench/serve: the server did not answer" >&2; exit 1; }
startup="$(awk -v a="$started" -v b="$ready" 'BEGIN {printf "%.2f", b - a}')"
echo "start-up: ${startup} s from launching ./picket serve to the first answer"

# The highest-risk vessel, one of its names, and a bbox around its latest position.
top="$(curl -fs "$base/api/v1/vessels?limit=1")"
mmsi="$(sed -E 's/.*"mmsi":([0-9]+).*/\1/' <<< "$top")"
name="$(sed -E 's/.*"name":"([^"]*)".*/\1/' <<< "$top")"
prefix="$(cut -c1-4 <<< "$name" | sed 's/ /%20/g')"
cat > "$work/match.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"queries":{"q1":{"schema":"Vessel","properties":{"name":["$name"]}},"q2":{"schema":"Person","properties":{"name":["Kim Jong Un"]}}}}'
LUA

printf '\n| endpoint | requests/s | p50 | p99 |\n|---|---:|---:|---:|\n' > "$work/table.md"
run() {
  local label="$1" url="$2"; shift 2
  wrk -t"$threads" -c"$conns" -d3s "$@" "$url" >/dev/null 2>&1 || true   # warm-up (JIT, caches)
  local out; out="$(wrk -t"$threads" -c"$conns" -d"$duration" --latency "$@" "$url")"
  local rps p50 p99
  rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<< "$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<< "$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<< "$out")"
  if grep -q "Non-2xx" <<< "$out"; then rps="$rps ($(grep 'Non-2xx' <<< "$out" | awk '{print $NF}') non-2xx)"; fi
  printf '| %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" >> "$work/table.md"
}
run "vessel search (name prefix) \`/api/v1/vessels?q=$prefix\`" "$base/api/v1/vessels?q=$prefix&limit=20"
run "vessel search (MMSI prefix) \`/api/v1/vessels?q=${mmsi:0:5}\`" "$base/api/v1/vessels?q=${mmsi:0:5}&limit=20"
run "vessel page \`/api/v1/vessels/$mmsi\`" "$base/api/v1/vessels/$mmsi"
run "event query \`/api/v1/events?type=encounter&limit=50\`" "$base/api/v1/events?type=encounter&limit=50"
run "vessel track \`/api/v1/vessels/$mmsi/track?zoom=8\`" "$base/api/v1/vessels/$mmsi/track?zoom=8"
run "track tile \`/api/v1/tracks?bbox=124,38,126,40&zoom=8\`" "$base/api/v1/tracks?bbox=124,38,126,40&zoom=8&limit=20000"
run "yente match (2 queries) \`POST /match/default\`" "$base/match/default" -s "$work/match.lua"
cat "$work/table.md"
echo
echo "start-up: ${startup} s (launch to first answer)"
echo "command: bench/serve/run.sh $* (wrk -t$threads -c$conns -d$duration --latency, after a 3 s warm-up; $(nproc) cores; load: $(uptime | sed 's/.*load average: //'))"
