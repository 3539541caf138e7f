#!/usr/bin/env bash
# Browser tests (tests/browser.rs): the app in a real DOM, in headless Chromium through
# wasm-bindgen-test-runner and chromedriver.
#
# Needs: the wasm32-unknown-unknown target, wasm-bindgen-cli 0.2.130 (its
# wasm-bindgen-test-runner) on PATH or in ~/.cargo/bin, and Debian's chromium and
# chromium-driver (/usr/bin/chromedriver).
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$HOME/.cargo/bin:$PATH"

fail() {
  echo "test-browser: $*" >&2
  exit 1
}

command -v wasm-bindgen-test-runner >/dev/null 2>&1 \
  || fail "wasm-bindgen-test-runner is missing; install it with: cargo install wasm-bindgen-cli --version 0.2.130"
wasm-bindgen --version | grep -qF 0.2.130 \
  || fail "wasm-bindgen-cli must be 0.2.130 to match the wasm-bindgen crate ($(wasm-bindgen --version))"
command -v chromedriver >/dev/null 2>&1 \
  || fail "chromedriver is missing; install it with: apt-get install -y chromium chromium-driver"
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
  || fail "the wasm32-unknown-unknown target is missing; install it with: rustup target add wasm32-unknown-unknown"

# Chromium writes to $TMPDIR, ~/.config and ~/.cache even when told otherwise.
scratch="$PWD/scratch/browser"
mkdir -p "$scratch/tmp" "$scratch/config" "$scratch/cache"
export TMPDIR="$scratch/tmp" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

cargo test --locked --target wasm32-unknown-unknown --no-default-features --features web --test browser --test xss "$@"
