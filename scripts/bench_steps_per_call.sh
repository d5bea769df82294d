#!/usr/bin/env bash
# K steps per call against one, in one run: `xlavit bench` (tiny ViT, batches 8 and 32) and
# `xlavit train` end to end on the built-in job (3 epochs, batch 32), K = 1 and 10.
#   bash scripts/bench_steps_per_call.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
X=./target/release/xlavit
for B in 8 32; do
  for K in 1 10; do
    echo "bench batch $B, K=$K: $($X bench --no-compile-cache --batch $B --steps 100 --warmup 5 --steps-per-call $K 2>&1 | grep -E '^step' | cut -d';' -f1,2)"
  done
done
W=$(mktemp -d)
for K in 1 10; do
  $X train --epochs 3 --steps-per-call $K --out "$W/k$K" --cache-dir "$W/data" --no-compile-cache >/dev/null 2>&1
  python3 - "$W/k$K/summary.json" $K <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"train K={sys.argv[2]}: {d['train_images_per_second']:.0f} images/s, final validation accuracy {d['final_val_accuracy']:.4f}")
PY
done
rm -rf "$W"
