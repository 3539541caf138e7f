#!/usr/bin/env bash
# Runs every test: engine and CLI (native), component render tests (Yew ssr), browser tests
# (wasm-bindgen-test in headless Chromium), and end-to-end tests of the built site (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
export PATH="$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "engine, CLI and integration tests"
cargo test --locked

say "component render tests (Yew ssr)"
cargo test --locked --features ssr --test render

say "browser tests (wasm-bindgen-test, headless Chromium)"
scripts/test-browser.sh

say "building the site"
scripts/build-site.sh

say "end-to-end tests (Playwright, headless Chromium)"
scripts/test-e2e.sh

say "all tests passed"
