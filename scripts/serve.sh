#!/usr/bin/env bash
# Serves the built site (dist/) on http://127.0.0.1:${PORT:-8080}/ for a manual look.
# Needs: scripts/build-site.sh run first, and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || { echo "serve: dist/ is missing: run scripts/build-site.sh first" >&2; exit 1; }
port="${PORT:-8080}"
echo "serve: http://127.0.0.1:$port/ (Ctrl-C stops)"
exec python3 -m http.server --bind 127.0.0.1 "$port" -d dist
