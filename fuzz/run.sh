#!/usr/bin/env bash
# Fuzzes Picket's readers of untrusted input with SharpFuzz in libFuzzer mode (see fuzz/README.md).
#   fuzz/run.sh [--seconds N] [--targets a,b,...] [--work DIR]
# Per target it prints "fuzz TARGET: E execs in S s (R/s), C crashes" and ends with "fuzz targets: P passed, F failed, K skipped"
# (a target with a crash fails; a target that cannot run because a tool is missing is skipped, and says why).
# Exit code: 1 when a target crashed or the planted self-test crash was not caught, else 0.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
seconds="${FUZZ_SECONDS:-25}"
# A fixed libFuzzer seed (FUZZ_SEED) makes a run try the same inputs in the same order on the same corpus, so a short
# CI run repeats a prefix of a longer run made before it; unset, each run explores anew.
seed="${FUZZ_SEED:-}"
work="${FUZZ_WORK:-$here/out}"
targets=""
shared="${PICKET_SHARED_DATA:-$repo/../shared/data}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --targets) targets="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: fuzz/run.sh [--seconds N] [--targets a,b] [--work DIR]" >&2; exit 2 ;;
  esac
done
all_targets=(nmea sixbit csv un ofac-csv ofac-advanced ofac-enhanced eu uk ftm names registry ftm-owners events destination input)
[[ -n "$targets" ]] && IFS=, read -r -a all_targets <<< "$targets"
mkdir -p "$work/logs" "$work/crashes"

skip_all() {
  echo "fuzz: not run: $1"
  echo "fuzz targets: 0 passed, 0 failed, ${#all_targets[@]} skipped"
  exit 0
}

# --- tools: clang with libFuzzer's runtime (Debian: clang + libclang-rt-14-dev), SharpFuzz's instrumenter (dotnet tool)
probe() { echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' \
  | clang++ -x c++ -fsanitize=fuzzer - -o "$work/probe" >/dev/null 2>&1; }
if ! probe && command -v apt-get >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  echo "fuzz: installing clang and libclang-rt-14-dev (apt)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev) >"$work/logs/apt.log" 2>&1
fi
probe || skip_all "clang++ -fsanitize=fuzzer does not link here (install clang and libclang-rt-14-dev)"
sharpfuzz="$work/tools/sharpfuzz"
if [[ ! -x "$sharpfuzz" ]]; then
  dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine --version 2.3.0 >"$work/logs/tool.log" 2>&1 \
    || skip_all "cannot install the SharpFuzz.CommandLine dotnet tool (see $work/logs/tool.log)"
fi

# --- build the harness, instrument the libraries under test, build the driver
bin="$work/bin"
dotnet build "$here/Picket.Fuzz/Picket.Fuzz.csproj" -c Release -o "$bin" --nologo -v q >"$work/logs/build.log" 2>&1 \
  || { cat "$work/logs/build.log"; echo "fuzz targets: 0 passed, 1 failed, 0 skipped"; exit 1; }
for lib in Picket.Ais Picket.Ais.Csv Picket.Screening Picket.Core; do
  # An incremental build may leave an already instrumented copy: sharpfuzz then says so and exits 1, which is fine.
  "$sharpfuzz" "$bin/$lib.dll" >"$work/logs/instrument-$lib.log" 2>&1 || grep -qi "already instrumented" "$work/logs/instrument-$lib.log" \
    || { cat "$work/logs/instrument-$lib.log"; skip_all "sharpfuzz could not instrument $lib.dll"; }
done
driver="$work/libfuzzer-dotnet"
clang++ -O2 -fsanitize=fuzzer "$here/driver/libfuzzer-dotnet.cc" -o "$driver" >"$work/logs/driver.log" 2>&1 \
  || { cat "$work/logs/driver.log"; skip_all "the libFuzzer driver does not build"; }
dotnet_path="$(command -v dotnet)"
run_target() {  # target, seconds, extra libFuzzer arguments...
  local t="$1" s="$2"; shift 2
  "$driver" --target_path="$dotnet_path" --target_arg="$bin/Picket.Fuzz.dll" --target_arg="$t" "$@"
}
# The harness's heap is capped so a memory blow-up is an OutOfMemoryException (a crash), not a machine-wide problem.
export DOTNET_GCHeapHardLimit=0x60000000

# --- prove the pipeline: the planted crash must be caught, a harmless input must not be
printf 'PICKET-FUZZ-SELFTEST' > "$work/selftest-crash"; printf 'harmless' > "$work/selftest-ok"
run_target selftest 0 "$work/selftest-ok" >"$work/logs/selftest-ok.log" 2>&1; ok_rc=$?
run_target selftest 0 "$work/selftest-crash" -artifact_prefix="$work/logs/selftest-" >"$work/logs/selftest.log" 2>&1; crash_rc=$?
if [[ $ok_rc -ne 0 || $crash_rc -eq 0 ]]; then
  echo "fuzz: SELF-TEST FAILED (harmless input rc=$ok_rc, planted crash rc=$crash_rc): crashes would go unnoticed"
  tail -5 "$work/logs/selftest.log"
  echo "fuzz targets: 0 passed, 1 failed, 0 skipped"; exit 1
fi

# --- corpus: committed seeds + derived six-bit seeds + slices of the shared logs and lists when present
python3 "$here/seeds.py" "$here/seeds" "$work/corpus" "$shared" >"$work/logs/seeds.log" 2>&1 || echo "fuzz: note: seeding from $shared failed (see $work/logs/seeds.log)"

passed=0; failed=0; skipped=0
for t in "${all_targets[@]}"; do
  mkdir -p "$work/corpus/$t" "$work/crashes/$t"
  case "$t" in un|ofac-*|eu|uk|ftm|ftm-owners) max_len=32768 ;; events) max_len=16384 ;; registry) max_len=8192 ;; *) max_len=4096 ;; esac
  left=$seconds; execs=0; crashes=0; runs=0; start=$(date +%s)
  # libFuzzer stops at the first crash; go on with the rest of the budget so one bug does not hide the next.
  while [[ $left -gt 0 && $runs -lt 20 ]]; do
    runs=$((runs + 1))
    log="$work/logs/$t.$runs.log"
    run_target "$t" "$left" ${seed:+-seed="$seed"} -max_total_time="$left" -timeout=10 -rss_limit_mb=4096 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="$work/crashes/$t/" "$work/corpus/$t" >"$log" 2>&1
    rc=$?
    n=$(awk '/stat::number_of_executed_units/ {print $2}' "$log" | tail -1)
    [[ -z "$n" ]] && n=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    execs=$((execs + ${n:-0}))
    if [[ $rc -ne 0 ]]; then
      crashes=$((crashes + 1))
      echo "fuzz $t: crash (libFuzzer rc=$rc); input and trace:"
      grep -E "artifact_prefix|Test unit written|Exception|   at " "$log" | head -12 | sed 's/^/    /'
    fi
    left=$((seconds - ($(date +%s) - start)))
  done
  took=$(( $(date +%s) - start )); [[ $took -le 0 ]] && took=1
  echo "fuzz $t: $execs execs in $took s ($((execs / took))/s), $crashes crashes"
  if [[ $crashes -gt 0 ]]; then failed=$((failed + 1)); else passed=$((passed + 1)); fi
done
echo "fuzz targets: $passed passed, $failed failed, $skipped skipped"
[[ $failed -eq 0 ]]
