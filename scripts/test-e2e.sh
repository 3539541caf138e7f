#!/usr/bin/env bash
# End-to-end tests (tests/e2e/*.test.mjs) against the built site in dist/, with node's test
# runner and playwright-core driving the system Chromium. Screenshots go to test-results/.
#
# Needs: scripts/build-site.sh run first (this script does not build), Node 20+, `npm ci`
# (playwright-core, axe-core), and Debian's chromium at /usr/bin/chromium (or $CHROMIUM).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "test-e2e: $*" >&2
  exit 1
}

[ -f dist/index.html ] || fail "dist/ is missing: build the site first with scripts/build-site.sh"
[ -d node_modules/playwright-core ] || fail "playwright-core is missing: run npm ci"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || fail "no Chromium at $chromium: apt-get install -y chromium (or set CHROMIUM)"
export CHROMIUM="$chromium"

# Chromium writes to $TMPDIR, ~/.config and ~/.cache even with its own profile folder.
scratch="$PWD/scratch/e2e"
mkdir -p "$scratch/tmp" "$scratch/config" "$scratch/cache" test-results
export TMPDIR="$scratch/tmp" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export NEWSLENS_SCRATCH="$scratch"

# The native analysis of the seed article with the committed model, which the page must show
# (tests/e2e/analysis.test.mjs).
export NEWSLENS_NATIVE_SEED="$scratch/seed.native.json"
cargo run --locked --quiet --bin newslens -- annotate articles/stoltenberg-kiew-2023-04-20.txt --model model/ner.bin \
  >"$NEWSLENS_NATIVE_SEED"

# Given test files, only those run (each is a path under tests/e2e/).
node --test --test-concurrency=1 "${@:-tests/e2e/}"
