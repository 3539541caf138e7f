#!/usr/bin/env bash
# Runs every test: engine and CLI (native), component render tests (Yew ssr), browser tests
# (wasm-bindgen-test in headless Chromium), end-to-end tests of the built site (Playwright), and a
# short fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
export PATH="$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "engine, CLI and integration tests"
cargo test --locked

say "components: unit and render tests (Yew ssr)"
cargo test --locked --features ssr --lib --test render --test reader_render
cargo test --locked --features ssr --doc

say "browser tests (wasm-bindgen-test, headless Chromium)"
scripts/test-browser.sh

say "building the site"
scripts/build-site.sh

say "end-to-end tests (Playwright, headless Chromium)"
scripts/test-e2e.sh

say "fuzzing smoke run (cargo-fuzz, 20 s a target)"
scripts/fuzz.sh --smoke

say "all tests passed"
