#!/usr/bin/env bash
# Data parallelism on the CPU plugin: the same global batch on 1, 2 and 4 devices, one run.
# Images/s from `xlavit bench --cpu-devices N`; the parameter difference from the data-parallel
# test (4 steps, augmentation on), which prints it.
#   bash scripts/bench_devices.sh [BATCH] [STEPS]
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-32}; STEPS=${2:-30}
cargo build --release -q
for n in 1 2 4; do
  ./target/release/xlavit bench --cpu-devices $n --no-compile-cache --batch "$B" --steps "$STEPS" --warmup 3 2>&1 | grep -E "^(device|step)"
done
cargo test --release -q --test data_parallel -- --nocapture 2>&1 | grep "devices vs 1"
