#!/usr/bin/env bash
# Builds the static site into dist/: index.html, the wasm app, its CSS, the loader script, the
# trained model, and the articles beside the app (dist/articles/, with their index, written by
# `newslens index`). dist/ runs from any static host, under any sub-path.
#
# Needs (scripts/install-tools.sh installs them): the wasm32-unknown-unknown target,
# trunk 0.21.14 and wasm-bindgen-cli 0.2.130 on PATH (or in ~/.cargo/bin), and
# `npm ci` run once for binaryen 132's wasm-opt in node_modules/.bin.
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

fail() {
  echo "build-site: $*" >&2
  exit 1
}

check_tool() { # name, expected version text, how to install
  command -v "$1" >/dev/null 2>&1 || fail "$1 is missing; install it with: $3"
  "$1" --version 2>/dev/null | grep -qF "$2" || fail "$1 is not version $2 ($("$1" --version 2>&1 | head -n1)); install it with: $3"
}
check_tool trunk "0.21.14" "cargo install trunk --version 0.21.14 --locked"
check_tool wasm-bindgen "0.2.130" "cargo install wasm-bindgen-cli --version 0.2.130"
check_tool wasm-opt "version 132" "npm ci"
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
  || fail "the wasm32-unknown-unknown target is missing; install it with: rustup target add wasm32-unknown-unknown"

# Trunk would try to download tools it considers outdated; everything it needs is on PATH.
export TRUNK_SKIP_VERSION_CHECK=true
# Trunk aborts on NO_COLOR=1 but accepts "true".
if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi
# The release profile is tuned for the native CLI's speed; the site wants a small wasm.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z

cargo fetch --locked
trunk build --release --offline --public-url ./

[ -f dist/index.html ] || fail "trunk finished but dist/index.html is missing"
# With inject_scripts off trunk leaves its own <link data-trunk rel="rust"> in place: drop it.
sed -i '/data-trunk rel="rust"/d' dist/index.html
# The articles beside the app, with their index; index.html names the index files.
rm -rf dist/articles
manifest=$(cargo run --locked --quiet --bin newslens -- index articles --out dist) \
  || fail "newslens index could not write dist/articles/"
grep -q '<meta name="newslens-archive" content="">' dist/index.html \
  || fail "dist/index.html has no empty newslens-archive meta to fill in"
sed -i "s|<meta name=\"newslens-archive\" content=\"\">|<meta name=\"newslens-archive\" content=\"$manifest\">|" dist/index.html
# One stylesheet for the page instead of one per component (a request is a round trip).
node scripts/bundle-css.mjs dist
# Content hashes in every name but index.html's and embed.js's, so a redeploy never mixes files.
node scripts/hash-names.mjs dist
if ! ls dist/model/ner.*.bin >/dev/null 2>&1; then
  echo "build-site: note: dist/model/ner.bin is absent; the app will use the provisional tagger" >&2
fi
wasm=$(ls dist/newslens-web_bg.*.wasm)
printf 'build-site: dist/ ready; %s is %s bytes (%s gzip)\n' \
  "$wasm" "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
