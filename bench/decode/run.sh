#!/usr/bin/env bash
# Side-by-side AIS decode benchmark: Picket against libais (Debian python3-ais) and gpsdecode (Debian gpsd-clients),
# on the same >= LINES-line input built from the real logs in ../shared/data/ais. Single-threaded, same machine, one run.
#
#   bench/decode/run.sh [LINES]          LINES defaults to 5,000,000
#   RUNS=2 bench/decode/run.sh           repeat the timed runs and report each (spread on a shared VM is up to 25 %)
#   WORK_DIR=/tmp/x bench/decode/run.sh  where the generated input and logs go (default bench/decode/.work, git-ignored)
#
# Exit codes: 0 done, 2 bad arguments, 3 shared data missing, 4 a peer could not be installed, other: a step failed.
set -euo pipefail

LINES="${1:-5000000}"
RUNS="${RUNS:-1}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$(cd "$root/.." && pwd)/shared/data/ais"
work="${WORK_DIR:-$here/.work}"

if ! [[ "$LINES" =~ ^[0-9]+$ && "$LINES" -gt 0 && "$RUNS" =~ ^[0-9]+$ && "$RUNS" -gt 0 ]]; then
    echo "usage: bench/decode/run.sh [LINES]   (LINES and RUNS must be positive integers)" >&2
    exit 2
fi
if [[ ! -d "$data/gpsd" || ! -d "$data/pyais" ]]; then
    echo "error: the shared AIS logs are not at $data" >&2
    echo "       (expected ../shared/data/ais/gpsd and ../shared/data/ais/pyais beside the repository; see ../shared/data/README.md)" >&2
    exit 3
fi

# --- peers: install what is missing (a fresh Debian/Ubuntu machine) ------------------------------------------------
missing=()
[[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import ais' 2>/dev/null || missing+=(python3-ais)
command -v gpsdecode >/dev/null 2>&1 || missing+=(gpsd-clients)
[[ -x /usr/bin/time ]] || missing+=(time)
if (( ${#missing[@]} > 0 )); then
    sudo=""; (( EUID == 0 )) || sudo="sudo"
    echo "== installing ${missing[*]} (apt-get)"
    if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}"; then
        $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${missing[@]}" \
            || { echo "error: could not install ${missing[*]}" >&2; exit 4; }
    fi
fi
# Debian's python3 (not a pyenv one earlier on PATH) is the one that sees the ais module.
python=/usr/bin/python3
gpsdecode="$(command -v gpsdecode)"
timer=(/usr/bin/time -f "%e %U %S %M" -o "$work/time.txt")

# --- build and input -------------------------------------------------------------------------------------------------
mkdir -p "$work"
echo "== building bench/Picket.Bench (Release)"
dotnet build "$root/bench/Picket.Bench/Picket.Bench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly
bench_dll="$root/bench/Picket.Bench/bin/Release/net10.0/Picket.Bench.dll"
echo "== building src/Picket.Cli (Release) for 'picket decode'"
dotnet build "$root/src/Picket.Cli/Picket.Cli.csproj" -c Release -o "$work/cli" --nologo -v quiet -clp:ErrorsOnly
cli_dll="$work/cli/picket.dll"

input="$work/ais-$LINES.nmea"
echo "== input"
"$python" "$here/make_input.py" "$data" "$LINES" "$input"
cat "$input" > /dev/null # into the page cache, so no tool pays for the disk

results="$work/results.tsv"
printf 'run\ttool\tmode\twall_s\tcpu_s\tmessages\tattempted\tdetail\n' > "$results"

# field NAME < "RESULT k=v ..." prints v
field() { tr ' ' '\n' | sed -n "s/^$1=//p"; }
# process_times prints "wall cpu maxrss_kb" from GNU time's output
process_times() { awk '{ printf "%s %.2f %s", $1, $2 + $3, $4 }' "$work/time.txt"; }

: > "$work/load.txt"
for run in $(seq 1 "$RUNS"); do
    echo "== run $run of $RUNS"
    echo "run $run start: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/load.txt"
    for mode in file file-tc0 memory payloads; do
        out="$work/run$run-picket-$mode"
        # file-tc0: the same end-to-end run with the runtime's tiered compilation off (what a runtimeconfig.json
        # option, <TieredCompilation>false</TieredCompilation>, would do for the CLI): hot code is optimised at once.
        env_tc=(); [[ $mode == file-tc0 ]] && env_tc=(DOTNET_TieredCompilation=0)
        "${timer[@]}" env "${env_tc[@]}" dotnet "$bench_dll" throughput "${mode%-tc0}" "$input" > "$out.out" 2> "$out.err"
        read -r pwall pcpu prss <<< "$(process_times)"
        line="$(grep '^RESULT' "$out.out")"
        msgs="$(field messages <<< "$line")"
        if [[ $mode == file* ]]; then wall="$pwall"; cpu="$pcpu"; else wall="$(field seconds <<< "$line")"; cpu="$(field cpu_seconds <<< "$line")"; fi
        printf '%s\tpicket\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$mode" "$wall" "$cpu" "$msgs" "$msgs" \
            "internal ${mode} loop $(field seconds <<< "$line") s; process ${pwall} s wall, ${prss} KB max RSS; rejected lines $(field rejected <<< "$line")" >> "$results"
        echo "   picket $mode: $line"
    done
    # The command users run: picket decode --format jsonl|csv FILE > /dev/null, the whole process timed like gpsdecode.
    for fmt in jsonl csv; do
        out="$work/run$run-picket-decode-$fmt"
        "${timer[@]}" dotnet "$cli_dll" decode --format "$fmt" "$input" > /dev/null 2> "$out.err"
        read -r pwall pcpu prss <<< "$(process_times)"
        msgs="$(sed -n 's/^messages decoded: //p' "$out.err")"
        printf '%s\tpicket\tdecode-%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$fmt" "$pwall" "$pcpu" "$msgs" "$msgs" \
            "process ${pwall} s wall, ${prss} KB max RSS" >> "$results"
        echo "   picket decode --format $fmt: ${pwall} s wall, ${pcpu} s CPU, $msgs messages"
    done
    for mode in e2e core; do
        out="$work/run$run-libais-$mode"
        "${timer[@]}" "$python" "$here/libais_driver.py" "$mode" "$input" > "$out.out" 2> "$out.err"
        read -r pwall pcpu prss <<< "$(process_times)"
        line="$(grep '^RESULT' "$out.out")"
        if [[ $mode == e2e ]]; then wall="$pwall"; cpu="$pcpu"; else wall="$(field seconds <<< "$line")"; cpu="$(field cpu_seconds <<< "$line")"; fi
        printf '%s\tlibais\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$mode" "$wall" "$cpu" "$(field messages <<< "$line")" \
            "$(field attempted <<< "$line")" "rejected by ais.decode $(field rejected <<< "$line"); process ${pwall} s wall, ${prss} KB max RSS" >> "$results"
        echo "   libais $mode: $line"
    done
    "${timer[@]}" "$gpsdecode" < "$input" > /dev/null 2>&1
    read -r pwall pcpu prss <<< "$(process_times)"
    printf '%s\tgpsdecode\tjson\t%s\t%s\t\t\t%s KB max RSS\n' "$run" "$pwall" "$pcpu" "$prss" >> "$results"
    echo "   gpsdecode: ${pwall} s wall"
done

# gpsdecode's message count: its JSON objects, counted in a separate (also timed) run so the timed runs above write to
# /dev/null as the peers' published measurements are usually taken.
echo "== counting gpsdecode's output"
"${timer[@]}" bash -c "'$gpsdecode' < '$input' 2> '$work/gpsdecode.err' | wc -l > '$work/gpsdecode.count'"
read -r pwall pcpu prss <<< "$(process_times)"
printf 'count\tgpsdecode\tjson-wc\t%s\t%s\t%s\t%s\tgpsdecode stderr lines %s\n' "$pwall" "$pcpu" "$(cat "$work/gpsdecode.count")" \
    "$(cat "$work/gpsdecode.count")" "$(wc -l < "$work/gpsdecode.err")" >> "$results"

echo "end: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/load.txt"

echo
"$python" "$here/report.py" "$results" "$input" "$work/run1-picket-file.err" "$work/load.txt"
