#!/usr/bin/env bash
# Installs what is missing, builds the site into dist/ and serves it on http://127.0.0.1:8080
# (PORT=… for another port). dist/ is plain static files: any static host serves it the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
scripts/build-site.sh
port="${PORT:-8080}"
echo "serve: http://127.0.0.1:$port/ (Ctrl-C stops)"
exec python3 -m http.server --bind 127.0.0.1 "$port" -d dist
