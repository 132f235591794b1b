#!/usr/bin/env bash
# "Same answers live": the demo scenario's feed replayed over loopback TCP at SPEED× real time (default 500) by
# `picket replay --send-log` into `picket watch`, beside `picket analyze` on the same file. Prints the alert latency
# per rule and overall (p50/p99/max, from the wall time the replayer sent the sentence that carries the fact to the wall
# time the alert line appeared; definitions in tests/Picket.Testing/Live/WatchLatencyReport.cs), checks that every
# planted STS transfer of the truth was alerted before its encounter event closed (feed time and wall time), and that
# the watch's final events equal the batch run's (same ids, same lines). Exit 0 when both hold.
# Builds picket and the bench (Release); simulates the demo scenario (seed 42, 500 vessels, 72 h, as `picket demo`)
# unless FEED (and TRUTH) are given, and passes both runs its synthetic sanctions lists as `picket demo` does (LISTS=DIR
# for others), so listed vessels are watched and the watchlist rules fire too.
#
# Usage: bench/watch/latency.sh   (FEED=feed.nmea TRUTH=truth.jsonl LISTS=dir SPEED=500 IDLE=5 STORE=0 WORK_DIR=/tmp/picket-watch-latency)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${WORK_DIR:-${TMPDIR:-/tmp}/picket-watch-latency}"
mkdir -p "$work"
echo "watch-latency: building picket and the bench (Release) ..." >&2
for p in src/Picket.Cli/Picket.Cli.csproj:bin bench/Picket.Bench/Picket.Bench.csproj:bench; do
  if ! log="$(dotnet build "$root/${p%%:*}" -c Release -o "$work/${p##*:}" --nologo 2>&1)"; then echo "$log" | tail -30 >&2; exit 2; fi
done
feed="${FEED:-$work/scenario/feed.nmea}"
truth="${TRUTH:-}"
lists="${LISTS:-}"
if [[ -z "${FEED:-}" ]]; then
  truth="$work/scenario/truth.jsonl"
  lists="${LISTS:-$work/scenario/SYNTHETIC-lists}"
  if [[ ! -f "$feed" || ! -f "$truth" ]]; then
    echo "watch-latency: simulating the demo scenario (seed 42, 500 vessels, 72 h) ..." >&2
    dotnet "$work/bin/picket.dll" simulate --seed 42 --hours 72 --vessels 500 --out "$work/scenario" > /dev/null
  fi
fi
args=(--picket "$work/bin/picket.dll" --feed "$feed" --speed "${SPEED:-500}" --idle "${IDLE:-5}" --work "$work/run")
[[ -n "$truth" ]] && args+=(--truth "$truth")
[[ -n "$lists" ]] && args+=(--lists "$lists")
[[ "${STORE:-1}" == 0 ]] && args+=(--no-store)
exec dotnet "$work/bench/Picket.Bench.dll" watch-latency "${args[@]}"
