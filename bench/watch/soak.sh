#!/usr/bin/env bash
# Misbehaving-feed soak of `picket watch`: a hostile feed (bench/Picket.Bench hostile-feed) serves the demo scenario's
# recording round after round over loopback TCP at RATE messages/s (times moving on, new MMSIs every round) while it
# drops the connection mid-line every ~5 s, sends binary garbage, over-long lines, floods of fragments that never
# complete, out-of-order and duplicated fragments, bursts of duplicate sentences, and stalls. `picket watch` reads it
# with the store (picket.duckdb) as a user would. Every 10 s the watcher's resident set (VmRSS) and peak (VmHWM) are
# read from /proc; at the end the script prints the sustained messages/s, reconnects, the watcher's rejected lines by
# reason beside what the feed injected (plus the recording's own rejects), the peak working set at 5 min and at
# MINUTES with their ratio and verdict (within 10 %), and whether the watcher stayed up.
#
# Usage: bench/watch/soak.sh [MINUTES=30] [RATE=20000]     (short try: bench/watch/soak.sh 2)
#        FEED=path.nmea to serve another recording; WORK_DIR=/tmp/picket-soak
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
minutes="${1:-${MINUTES:-30}}"
rate="${2:-${RATE:-20000}}"
work="${WORK_DIR:-${TMPDIR:-/tmp}/picket-soak}"
mark=$(( minutes < 10 ? minutes * 60 / 2 : 300 ))   # "at 5 minutes"; half-way in a short try
mkdir -p "$work"
echo "soak: building picket and the bench (Release) ..." >&2
for p in src/Picket.Cli/Picket.Cli.csproj:bin bench/Picket.Bench/Picket.Bench.csproj:benchbin; do
  if ! log="$(dotnet build "$root/${p%%:*}" -c Release -o "$work/${p##*:}" --nologo 2>&1)"; then echo "$log" | tail -30 >&2; exit 2; fi
done
feed="${FEED:-$work/scenario/feed.nmea}"
if [[ ! -f "$feed" ]]; then
  echo "soak: simulating the demo scenario ..." >&2
  dotnet "$work/bin/picket.dll" simulate --seed 42 --hours 72 --vessels 500 --out "$work/scenario" > /dev/null
fi
rm -rf "$work/live" "$work/port" "$work/feed-counts.json" "$work/samples.tsv"
feed_pid="" watch_pid=""
cleanup() {
  [[ -n "$watch_pid" ]] && kill "$watch_pid" 2>/dev/null || true
  [[ -n "$feed_pid" ]] && kill "$feed_pid" 2>/dev/null || true
}
trap cleanup EXIT
echo "soak: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $minutes min at $rate msg/s from $feed" >&2
dotnet "$work/benchbin/Picket.Bench.dll" hostile-feed "$feed" --rate "$rate" --counts "$work/feed-counts.json" > "$work/port" 2> "$work/feed.log" &
feed_pid=$!
for _ in $(seq 1 600); do [[ -s "$work/port" ]] && break; sleep 0.1; done
[[ -s "$work/port" ]] || { echo "soak: the hostile feed did not start" >&2; cat "$work/feed.log" >&2; exit 2; }
port=$(head -1 "$work/port")
# --stop-when-idle ends the watch (flushing everything) once the feed is stopped; the feed's stalls are shorter.
dotnet "$work/bin/picket.dll" watch "tcp://127.0.0.1:$port" --out "$work/live" --status-every 10 --stop-when-idle 20 2> "$work/watch.log" > "$work/watch.out" &
watch_pid=$!
start=$(date +%s)
up=1
# The watcher's own breakdown from its last status line (picket watch --status-every): managed heap, its committed
# memory, the native rest, DuckDB's memory (MiB), and what the analysis holds per vessel.
breakdown() {
  grep -a '^watch [0-9]' "$work/watch.log" | tail -1 | sed -nE 's/.*, memory [0-9]+ MiB \(managed ([0-9]+) of ([0-9]+) committed, native ([0-9]+), store ([-0-9]+)\), held ([0-9,]+) tracks, ([0-9,]+) identities, ([0-9,]+) hulls, ([0-9,]+) detector records.*/\1\t\2\t\3\t\4\t\5\t\6\t\7\t\8/p' | tr -d ',' || true  # none yet: a placeholder row
}
cols='managed_mib\tcommitted_mib\tnative_mib\tstore_mib\ttracks\tidentities\thulls\tdetector_records'
printf "seconds\tvm_rss_kb\tvm_hwm_kb\tload1\t$cols\n" > "$work/samples.tsv"
while (( $(date +%s) - start < minutes * 60 )); do
  sleep 10
  if ! kill -0 "$watch_pid" 2>/dev/null; then up=0; echo "soak: the watcher died after $(( $(date +%s) - start )) s" >&2; break; fi
  rss=$(awk '/^VmRSS/{print $2}' "/proc/$watch_pid/status"); hwm=$(awk '/^VmHWM/{print $2}' "/proc/$watch_pid/status")
  b="$(breakdown)"; [[ -n "$b" ]] || b="$(printf "$cols" | sed -E 's/[a-z_]+/-/g')"
  printf '%s\t%s\t%s\t%s\t%s\n' "$(( $(date +%s) - start ))" "$rss" "$hwm" "$(cut -d' ' -f1 /proc/loadavg)" "$b" >> "$work/samples.tsv"
  (( ($(date +%s) - start) % 60 < 10 )) && echo "soak: $(( ($(date +%s) - start) / 60 )) min, VmRSS $((rss / 1024)) MiB, VmHWM $((hwm / 1024)) MiB; $(tail -1 "$work/watch.log" | cut -c1-160)" >&2
done
cp "$work/feed-counts.json" "$work/feed-counts.final.json" 2>/dev/null || true
grep -a '^watch [0-9]' "$work/watch.log" | tail -1 > "$work/stop-status.txt" || true
kill "$feed_pid" 2>/dev/null || true; wait "$feed_pid" 2>/dev/null || true; feed_pid=""
exit_code=0
if (( up )); then
  echo "soak: feed stopped; waiting for the watcher to go idle and finish ..." >&2
  wait "$watch_pid" || exit_code=$?
else
  wait "$watch_pid" || exit_code=$?
fi
watch_pid=""
# The watcher's last status, printed as it finished: every connection closed, its pending fragments counted.
grep -a '^watch [0-9]' "$work/watch.log" | tail -1 > "$work/last-status.txt" || true   # a status line, not the per-source summary after it
python3 - "$work" "$minutes" "$mark" "$up" "$exit_code" <<'PY'
import json, re, sys
work, minutes, mark, up, code = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1", int(sys.argv[5])
samples = [l.split("\t") for l in open(f"{work}/samples.tsv").read().split("\n")[1:] if l]
breakdown = {int(x[0]): x[4:] for x in samples}
samples = [(int(x[0]), int(x[1]), int(x[2]), float(x[3])) for x in samples]
status = open(f"{work}/last-status.txt").read().strip()
at_stop = open(f"{work}/stop-status.txt").read().strip()
feed = json.load(open(f"{work}/feed-counts.final.json"))
sent = feed["sent"]
def num(s): return int(s.replace(",", ""))
line = re.compile(r"watch (\d+):(\d+):(\d+): .*?\| .*?: ([\d,]+) lines, ([\d,]+) msgs, ([\d,]+) duplicates, ([\d,]+) rejected(?: \(([^)]*)\))?, ([\d,]+) reconnects")
m, stop = line.search(status), line.search(at_stop)
elapsed = int(stop.group(1)) * 3600 + int(stop.group(2)) * 60 + int(stop.group(3))
msgs_at_stop = num(stop.group(5)) + num(stop.group(6))  # decoded: analysed + copies dropped
msgs, dups, rejected, reconnects = num(m.group(5)), num(m.group(6)), num(m.group(7)), num(m.group(9))
reasons = {k: num(v) for k, v in (x.rsplit(" ", 1) for x in (m.group(8) or "").split(", ") if x)}
rates = [float(x.replace(",", "")) for x in re.findall(r"watch \d+:\d+:\d+: ([\d,.]+) msg/s", open(f"{work}/watch.log", errors="replace").read())]
rates = rates[1:-1] or rates
print(f"soak: {minutes} min, load average {sum(x[3] for x in samples) / max(1, len(samples)):.2f} (1-min, mean of samples) on {__import__('os').cpu_count()} cores")
print(f"messages decoded (analysed + copies dropped): {msgs_at_stop:,} in {elapsed} s = {msgs_at_stop / max(1, elapsed):,.0f} msg/s sustained (10-s intervals: min {min(rates):,.0f}, median {sorted(rates)[len(rates) // 2]:,.0f}); feed sent {sent['messages']:,} valid messages in {sent['rounds'] + 1} rounds")
print(f"reconnects: watcher {reconnects:,}; feed: {sent['connections']:,} connections, {sent['disconnects']:,} dropped mid-line, {sent['stalls']:,} stalls")
print(f"duplicates: watcher dropped {dups:,} copies (the recording's own receivers' copies included); the feed's bursts re-sent {sent['duplicate_lines']:,} lines")
share = sent["recording_lines"] / feed["round_lines"]
own = {k: v * share for k, v in feed["recording_rejected_per_round"].items()}
injected = {"not_ais": sent["garbage"], "line_too_long": sent["overlong"], "stale_fragment": sent["flood_fragments"] + 2 * sent["disordered"],
            "orphan_fragment": sent["disordered"]}
print(f"{'rejected by reason':<22}{'watcher':>12}{'injected':>12}{'recording':>12}{'difference':>12}")
for k in sorted(set(reasons) | set(injected) | set(own)):
    w, i, o = reasons.get(k, 0), injected.get(k, 0), own.get(k, 0)
    print(f"{k:<22}{w:>12,}{i:>12,}{o:>12,.0f}{w - i - o:>+12,.0f}")
print(f"{'(half lines cut)':<22}{'':>12}{sent['half_lines']:>12,}{'':>12}{'':>12}")
print(f"{'total':<22}{rejected:>12,}{sum(injected.values()) + sent['half_lines']:>12,}{sum(own.values()):>12,.0f}")
at = lambda t: max((x for x in samples if x[0] <= t), key=lambda x: x[0], default=None)
five, end = at(mark), samples[-1] if samples else None
if five and end:
    ratio = end[2] / five[2]
    late = max(x[1] for x in samples if x[0] > end[0] - mark)
    early = max(x[1] for x in samples if x[0] <= mark)
    print(f"peak working set (VmHWM): {five[2] / 1024:,.0f} MiB at {five[0] / 60:.1f} min, {end[2] / 1024:,.0f} MiB at {end[0] / 60:.1f} min: ratio {ratio:.3f} -> {'FLAT (within 10 %)' if ratio <= 1.10 else 'GREW (more than 10 %)'}")
    print(f"resident set (VmRSS) peak in the first {mark // 60} min {early / 1024:,.0f} MiB, in the last {mark // 60} min {late / 1024:,.0f} MiB")
    # Which curve climbs: the watcher's breakdown at the mark and at the end (MiB; vessels and records held).
    names = ["managed", "committed", "native", "store", "tracks", "identities", "hulls", "detector records"]
    print(f"{'breakdown':<18}{'at ' + format(five[0] / 60, '.1f') + ' min':>14}{'at ' + format(end[0] / 60, '.1f') + ' min':>14}")
    for k, name in enumerate(names):
        a, b = breakdown[five[0]][k], breakdown[end[0]][k]
        print(f"{name + (' MiB' if k < 4 else ''):<18}{a:>14}{b:>14}")
print(f"watcher stayed up: {'yes' if up else 'NO'}; it finished with exit code {code}")
PY
tail -1 "$work/watch.out" >&2
