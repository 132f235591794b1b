#!/usr/bin/env bash
# Same answers: builds picket at an old commit (default d4db032, the last commit before issue 12's redesign) and at
# the working tree, simulates the demo scenario and three other seeds ONCE with the old binary (so both analyse the
# very same bytes), runs `picket analyze` with each binary, and prints every difference in events (type, vessels,
# start, end, evidence) and in vessels.jsonl (risk score, high_risk, list matches). It also checks that the new
# binary's simulator writes the same feed. Exit code: 0 when the answers are the same, 1 when any differ.
#
# Usage: bench/compare/run.sh [OLD_COMMIT]
#   SEEDS="42 1 2 3" (42 = the demo scenario: 500 vessels, 72 h), HOURS=72, VESSELS=500,
#   LISTS=dir of UN/OFAC files to screen against (default: the project's shared data if present, else none),
#   WORK_DIR=scratch directory (default /tmp/picket-compare).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
old="${1:-d4db032}"
seeds=(${SEEDS:-42 1 2 3})
hours="${HOURS:-72}"
vessels="${VESSELS:-500}"
work="${WORK_DIR:-${TMPDIR:-/tmp}/picket-compare}"
mkdir -p "$work"

build() { # $1 = source tree, $2 = output dir
  if ! log="$(dotnet build "$1/src/Picket.Cli/Picket.Cli.csproj" -c Release -o "$2" --nologo 2>&1)"; then
    echo "$log" | tail -30 >&2; exit 2
  fi
}

old_src="$work/src-$old"
if [[ ! -f "$work/bin-$old/picket.dll" ]]; then
  echo "compare: building $old from git archive ..." >&2
  rm -rf "$old_src"; mkdir -p "$old_src"
  git -C "$root" archive "$old" | tar -x -C "$old_src"
  build "$old_src" "$work/bin-$old"
fi
echo "compare: building the working tree ($(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo '+changes')) ..." >&2
build "$root" "$work/bin-new"

# The lists are screened read-only from where they are (symlinks, no copies): UN consolidated and the full OFAC SDN.
lists_args=()
lists="${LISTS:-}"
if [[ -z "$lists" && -f "$root/../shared/data/lists/un/consolidated.xml" ]]; then
  lists="$work/lists"; mkdir -p "$lists"
  ln -sf "$root/../shared/data/lists/un/consolidated.xml" "$lists/un-consolidated.xml"
  for f in sdn add alt sdn_comments; do ln -sf "$root/../shared/data/lists/ofac/$f.csv" "$lists/$f.csv"; done
fi
[[ -n "$lists" ]] && lists_args=(--lists "$lists")
echo "compare: lists: ${lists:-none}" >&2

status=0
for seed in "${seeds[@]}"; do
  dir="$work/seed-$seed-v$vessels-h$hours"
  if [[ ! -f "$dir/scenario/feed.nmea" ]]; then
    dotnet "$work/bin-$old/picket.dll" simulate --seed "$seed" --hours "$hours" --vessels "$vessels" --out "$dir/scenario" > /dev/null 2>&1
  fi
  rm -rf "$dir/scenario-new"
  dotnet "$work/bin-new/picket.dll" simulate --seed "$seed" --hours "$hours" --vessels "$vessels" --out "$dir/scenario-new" > /dev/null 2>&1 || true
  for side in old new; do
    bin="$work/bin-$old/picket.dll"; [[ $side == new ]] && bin="$work/bin-new/picket.dll"
    rm -rf "$dir/analysis-$side"
    dotnet "$bin" analyze "$dir/scenario/feed.nmea" --out "$dir/analysis-$side" --quiet --no-store "${lists_args[@]}" > /dev/null
  done
  python3 "$root/bench/compare/compare.py" "seed $seed ($vessels vessels, $hours h)" "$dir" || status=1
done
exit $status
