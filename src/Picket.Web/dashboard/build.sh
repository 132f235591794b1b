#!/usr/bin/env bash
# Builds the dashboard into the server's static files (src/Picket.Web/wwwroot) when they are missing or stale:
# stale = the hash of the dashboard's sources differs from the one stamped in the last build. Says what it does on
# stderr. Without node/npm it says so and exits 3, and the server still serves the API (and a page saying the
# dashboard is not built). Used by ./picket (serve, demo --serve), the browser tests and .ci/run.
#   build.sh           build if stale
#   build.sh --check   exit 0 when up to date, 1 when a build is needed (builds nothing)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(cd "$here/.." && pwd)/wwwroot"
stamp="$out/.dashboard-hash"

sources_hash() {
  # Everything the bundle is made from, including the project's land data it embeds.
  { cd "$here" && find src public index.html package.json package-lock.json tsconfig.json vite.config.ts ../../Picket.Reporting/Html/land-east-asia.json \
      -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1
}

want="$(sources_hash)"
have="$(cat "$stamp" 2>/dev/null || true)"
if [[ "$want" == "$have" && -f "$out/index.html" ]]; then
  exit 0
fi
if [[ "${1:-}" == "--check" ]]; then exit 1; fi

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "picket: the dashboard is not built and node/npm are not installed (apt-get install nodejs npm); the API still serves, / says the dashboard is missing" >&2
  exit 3
fi
# Vite 8 needs Node 20.19 or later; an older node (e.g. Debian 12's 18) cannot build it.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "picket: the dashboard is not built: node $(node --version) is older than the 20.19 Vite needs; the API still serves" >&2
  exit 3
fi
reason="missing"; [[ -f "$out/index.html" ]] && reason="stale"
echo "picket: building the dashboard ($reason) into $out ..." >&2
cd "$here"
# npm ci (about 5 s) only when node_modules was not installed from this very lockfile.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ "$(cat node_modules/.picket-lock-hash 2>/dev/null || true)" != "$lock_hash" ]]; then
  if ! log="$(npm ci --no-audit --no-fund 2>&1)"; then echo "$log" >&2; echo "picket: npm ci failed; the dashboard is not built" >&2; exit 4; fi
  echo "$lock_hash" > node_modules/.picket-lock-hash
fi
if ! log="$(npm run build 2>&1)"; then echo "$log" >&2; echo "picket: the dashboard build failed" >&2; exit 4; fi
echo "$want" > "$stamp"
echo "picket: dashboard built" >&2
