#!/usr/bin/env bash
# Benchmarks the engine (benches/engine.rs) and prints tokens per second for every stage and
# input size, the ratio of its time to the split_whitespace baseline on the same text, and how
# its time grows from 100 KB to 1 MB (10x is linear).
#
#   scripts/bench.sh          2 s of measurement per benchmark (about 3 minutes in all)
#   scripts/bench.sh 5        5 s each, steadier figures
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-2}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
inputs=$(mktemp)
trap 'rm -f "$inputs"' EXIT

# The engine needs none of the CLI's features.
NEWSLENS_BENCH_INPUTS=$inputs cargo bench --locked --no-default-features --bench engine -- \
  --warm-up-time 1 --measurement-time "$seconds" --noplot

python3 - "$CARGO_TARGET_DIR/criterion" "$inputs" <<'PY'
import csv, json, os, sys

root, inputs_path = sys.argv[1], sys.argv[2]
inputs = {}
with open(inputs_path) as f:
    for row in csv.DictReader(f, delimiter="\t"):
        inputs[(row["group"], row["input"])] = (int(row["bytes"]), int(row["tokens"]))

def seconds(group, name):
    path = os.path.join(root, group, name, "new", "estimates.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)["mean"]["point_estimate"] / 1e9

groups = ["baseline", "tokenise", "tag-provisional", "tag-trained", "analyse-provisional", "analyse-trained", "analyse-quotes"]
print()
print(f"{'stage':<20} {'input':<36} {'bytes':>9} {'tokens':>8} {'time':>10} {'tokens/s':>12} {'MB/s':>7} {'x baseline':>10}")
for group in groups:
    for (g, name), (size, tokens) in inputs.items():
        # Shared inputs ("*") run in every stage but the quotation-dense one, which has its own.
        if g not in ("*", group) or (g == "*" and group == "analyse-quotes"):
            continue
        t = seconds(group, name)
        if t is None:
            continue
        base = seconds("baseline", name) if g == "*" else None
        ratio = f"{t / base:10.1f}" if base else f"{'-':>10}"
        print(f"{group:<20} {name:<36} {size:>9} {tokens:>8} {t * 1e3:>8.2f}ms {tokens / t:>12,.0f} {size / t / 1e6:>7.1f} {ratio}")

print()
print("growth from 100 KB to 1 MB (time ratio / size ratio; 1.0 is linear):")
for group in groups:
    small, large = seconds(group, "100KB"), seconds(group, "1MB")
    if small and large:
        (s_bytes, _), (l_bytes, _) = inputs[("*", "100KB")], inputs[("*", "1MB")]
        print(f"  {group:<20} {(large / small) / (l_bytes / s_bytes):.2f}")
PY
