#!/usr/bin/env bash
# Runs every test: engine and CLI (native), component render tests (Yew ssr), browser tests
# (wasm-bindgen-test in headless Chromium), end-to-end tests of the built site (Playwright), and a
# short fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
export PATH="$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Tests that need the data sets beside the repository (../shared) are #[ignore = "needs
# ../shared"]: plain `cargo test` lists them as ignored, and they run here when the data is there.
ignored=()
if [ -d ../shared/data ]; then
  ignored=(-- --include-ignored)
else
  echo "note: ../shared/data is missing; the tests that need it stay ignored"
fi

say "engine, CLI and integration tests"
cargo test --locked "${ignored[@]}"

say "components: unit and render tests (Yew ssr)"
cargo test --locked --features ssr --lib --test render --test reader_render --test render_blocks
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
