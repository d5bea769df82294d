#!/usr/bin/env bash
# What the fine-tuning recipes cost in the tiny ViT's step on this machine's CPU (BENCHMARKS.md,
# 2026-12-04 late): the plain step first and last as the peer, every step recipe, and 4
# micro-batches of 8 against one batch of 32.
set -euo pipefail
cd "$(dirname "$0")/.."
X=${XLAVIT:-./target/release/xlavit}
run() { echo "== $1"; shift; "$X" bench --config tiny --no-augment --steps 200 --warmup 20 "$@" | grep "step median"; }
run "plain (peer, first)" --batch 32
run "every step recipe" --batch 32 --label-smoothing 0.1 --mixup 0.8 --cutmix 1.0 --drop-path 0.1 --ema-decay 0.999 --ema-warmup --layer-decay 0.75
run "4 micro-batches of 8" --batch 8 --grad-accum-steps 4
run "plain (peer, last)" --batch 32
