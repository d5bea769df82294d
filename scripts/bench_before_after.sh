#!/usr/bin/env bash
# One config's train step at an earlier commit and at the working tree, alternating the two
# release binaries ROUNDS times, and whether their programs are the same bytes.
# usage: scripts/bench_before_after.sh BEFORE_REV [CONFIG=vit-b16] [BATCH=2] [STEPS=10] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
REV=$1; CONFIG=${2:-vit-b16}; BATCH=${3:-2}; STEPS=${4:-10}; ROUNDS=${5:-3}
W="${TMPDIR:-/tmp}/xlavit-before-$REV"
[ -d "$W" ] || git worktree add -f "$W" "$REV" >/dev/null
ln -sfn "$PWD/.deps" "$W/.deps"
(cd "$W" && CARGO_TARGET_DIR="$W/target" cargo build --release -q)
cargo build --release -q
declare -A BIN=([before]="$W/target/release/xlavit" [after]=target/release/xlavit)
for who in before after; do
  rm -rf "$W/hlo-$who"
  "${BIN[$who]}" compile --config "$CONFIG" --batch "$BATCH" --no-augment --dump-hlo --out "$W/hlo-$who" >/dev/null 2>&1
done
for f in train_step.stablehlo.mlir eval.stablehlo.mlir train_step.xla_hlo.after_optimizations.txt; do
  cmp -s "$W/hlo-before/$f" "$W/hlo-after/$f" && echo "$f: identical" || echo "$f: differs"
done
for i in $(seq "$ROUNDS"); do
  for who in before after; do
    echo "== $who ($i): $("${BIN[$who]}" bench --no-compile-cache --no-augment --config "$CONFIG" --batch "$BATCH" --steps "$STEPS" --warmup 1 2>&1 | grep 'step median')"
  done
done
