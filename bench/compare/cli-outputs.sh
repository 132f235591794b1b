#!/usr/bin/env bash
# Thin CLI, same bytes: builds picket at an old commit (default a9349ed, before the CLI's remaining domain logic moved
# into the libraries and the four GeoJSON writers became one) and at the working tree, then runs the commands whose
# code moved with both binaries on the same input and compares their outputs byte for byte: decode (JSON lines, CSV,
# statistics), match, screen (table, batch CSV, JSON lines), tracks and analyze GeoJSON, query vessel/area GeoJSON.
# Exit code: 0 when every output is the same, 1 when any differs (each difference is named).
#
# Usage: bench/compare/cli-outputs.sh [OLD_COMMIT]    WORK_DIR=scratch directory (default /tmp/picket-cli-compare)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
old="${1:-a9349ed}"
work="${WORK_DIR:-${TMPDIR:-/tmp}/picket-cli-compare}"
mkdir -p "$work"

build() { # $1 = source tree, $2 = output dir
  if ! log="$(dotnet build "$1/src/Picket.Cli/Picket.Cli.csproj" -c Release -o "$2" --nologo 2>&1)"; then
    echo "$log" | tail -30 >&2; exit 2
  fi
}

if [[ ! -f "$work/bin-$old/picket.dll" ]]; then
  echo "cli-outputs: building $old from git archive ..." >&2
  rm -rf "$work/src-$old"; mkdir -p "$work/src-$old"
  git -C "$root" archive "$old" | tar -x -C "$work/src-$old"
  build "$work/src-$old" "$work/bin-$old"
fi
echo "cli-outputs: building the working tree ..." >&2
build "$root" "$work/bin-new"

OLD=(dotnet "$work/bin-$old/picket.dll"); NEW=(dotnet "$work/bin-new/picket.dll")
in="$work/in"; rm -rf "$in"; mkdir -p "$in"
"${OLD[@]}" simulate --hours 24 --vessels 80 --seed 3 --out "$in/sim" 2>/dev/null
fixtures="$root/tests/Picket.Cli.Tests/Fixtures"
"${OLD[@]}" lists load "$fixtures/un_consolidated.xml" "$fixtures/ofac" --dir "$in/lists" >/dev/null 2>&1
printf 'name,schema,imo\nKim Chong-un,person,\n,vessel,8405270\n"Example Trading, Co",company,\n=1+1,person,\nNobody,spaceship,\n' > "$in/q.csv"

run() { # $1 = OLD|NEW
  local -n bin="$1"; local out="$work/out-$1"; rm -rf "$out"; mkdir -p "$out"
  "${bin[@]}" decode "$in/sim/feed.nmea" "$in/sim/feed.csv" > "$out/decode.jsonl" 2> "$out/decode.err"
  "${bin[@]}" decode "$in/sim/feed.nmea" --format csv --types 1,5 > "$out/decode.csv" 2>/dev/null
  "${bin[@]}" decode "$in/sim/feed.nmea" --stats > "$out/decode-stats.json" 2>/dev/null
  "${bin[@]}" match --pairs "$root/tests/Picket.Screening.Tests/Data/name-pairs.csv" > "$out/match.csv" 2> "$out/match.err"
  "${bin[@]}" screen "Kim Jong Un" --lists "$in/lists" > "$out/screen.txt" 2>/dev/null
  "${bin[@]}" screen --csv "$in/q.csv" --lists "$in/lists" > "$out/screen.csv" 2> "$out/screen.err"
  "${bin[@]}" screen --csv "$in/q.csv" --json --all --lists "$in/lists" > "$out/screen.jsonl" 2>/dev/null
  "${bin[@]}" tracks "$in/sim/feed.nmea" --out "$out/tracks" -q
  "${bin[@]}" analyze "$in/sim/feed.nmea" --out "$out/an" --geojson -q > /dev/null
  local mmsi; mmsi="$(grep -o '"mmsi":[0-9]*' "$out/an/events.jsonl" | head -1 | cut -d: -f2)"
  "${bin[@]}" query vessel "$mmsi" --db "$out/an/picket.duckdb" --geojson > "$out/query-vessel.geojson"
  "${bin[@]}" query area --bbox 119,33,127,41 --db "$out/an/picket.duckdb" --geojson > "$out/query-area.geojson"
}
run OLD; run NEW

status=0
for f in decode.jsonl decode.err decode.csv decode-stats.json match.csv match.err screen.txt screen.csv screen.err screen.jsonl \
         tracks/segments.geojson an/map.geojson query-vessel.geojson query-area.geojson; do
  if cmp -s "$work/out-OLD/$f" "$work/out-NEW/$f"; then echo "same      $f ($(wc -c < "$work/out-NEW/$f") bytes)"
  else echo "DIFFERENT $f"; status=1; fi
done
exit $status
