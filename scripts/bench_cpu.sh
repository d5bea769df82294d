#!/usr/bin/env bash
# xlavit's train step beside the same step in JAX + optax, on this machine's CPU, in one run.
# usage: scripts/bench_cpu.sh [CONFIG=vit-b16] [BATCH=2] [STEPS=3] [WARMUP=1]
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${1:-vit-b16}; BATCH=${2:-2}; STEPS=${3:-3}; WARMUP=${4:-1}
bash scripts/reference/setup_env.sh >/dev/null
cargo build --release -q
case "$CONFIG" in
  vit-b16) CFG_JSON=tests/fixtures/vit_b16_config.json ;;
  tiny) CFG_JSON=tests/fixtures/tiny_vit/config.json ;;
  *) CFG_JSON=$CONFIG ;;
esac
echo "== xlavit ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
./target/release/xlavit bench --no-compile-cache --no-augment --config "$CONFIG" --batch "$BATCH" --steps "$STEPS" --warmup "$WARMUP" 2>&1 | grep -v '^I0000\|^WARNING'
echo "== JAX peer"
.deps/refenv/bin/python scripts/reference/bench_jax.py "$CFG_JSON" "$BATCH" "$STEPS" "$WARMUP"
