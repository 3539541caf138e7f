#!/usr/bin/env bash
# Fuzzes the engine: every target under fuzz/fuzz_targets/ in turn, one process each, nice'd.
#
#   scripts/fuzz.sh                 every target for 300 s, then minimises its corpus in place
#                                   (fuzz/corpus/<target>/, committed)
#   scripts/fuzz.sh 600 analyze     only `analyze`, for 600 s
#   scripts/fuzz.sh --smoke         every target for 20 s from the committed corpus, which is
#                                   left untouched (what CI runs)
#
# A crash, panic or hang leaves its input in fuzz/artifacts/<target>/ and makes the script fail
# after the remaining targets have run. Reproduce one with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run -s none <target> fuzz/artifacts/<target>/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

CARGO_FUZZ_VERSION=0.13.2
smoke=false
seconds=300
targets=()
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=true; seconds=20 ;;
    ''|*[!0-9]*) targets+=("$arg") ;;
    *) seconds=$arg ;;
  esac
done

# libFuzzer's instrumentation needs unstable rustc flags; this is the only stable toolchain here.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$root/fuzz/target"

if ! cargo fuzz --version 2>/dev/null | grep -qF "$CARGO_FUZZ_VERSION"; then
  echo "installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cd fuzz && cargo fuzz list)
fi

# Safe Rust gains little from AddressSanitizer and runs twice as fast without it. Debug
# assertions stay on (fuzz/Cargo.toml), so an inverted span fails at once.
fuzz_flags=(--sanitizer none --debug-assertions)
# One process (libFuzzer's default, the same as -jobs=1); a 10 s hang is a bug; inputs up to
# 16 KB so long paragraphs and deep nesting are reachable.
libfuzzer_flags=(-max_total_time="$seconds" -timeout=10 -max_len=16384 -rss_limit_mb=4096 -print_final_stats=1)

(cd fuzz && nice -n 10 cargo fuzz build "${fuzz_flags[@]}")

failed=()
began=$SECONDS
for target in "${targets[@]}"; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  echo "==> $target for ${seconds}s"
  if $smoke; then
    # New inputs go to a scratch folder; the committed corpus is only read.
    scratch=$(mktemp -d)
    dirs=("$scratch" "$root/$corpus")
  else
    dirs=("$root/$corpus")
  fi
  # cargo fuzz puts crashing inputs in fuzz/artifacts/<target>/ itself.
  if ! (cd fuzz && nice -n 10 cargo fuzz run "${fuzz_flags[@]}" "$target" "${dirs[@]}" -- "${libfuzzer_flags[@]}"); then
    failed+=("$target")
  fi
  if $smoke; then
    rm -rf "$scratch"
  else
    # Keep the committed corpus small (under 200 KB a target): only inputs that reach a new
    # edge, ignoring how often edges are hit, cut to 256 bytes (the fuzzer grows them again).
    (cd fuzz && nice -n 10 cargo fuzz cmin "${fuzz_flags[@]}" "$target" "$root/$corpus" -- -use_counters=0 -max_len=256)
  fi
done

echo "fuzzed ${#targets[@]} targets in $((SECONDS - began))s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failing targets: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
  exit 1
fi
