#!/usr/bin/env bash
# What XLA makes of the ViT-B/16 train step for an H100, xlavit's beside JAX + Flax's, on a
# machine without a GPU: each program's StableHLO is compiled ahead of time by the CUDA plugin
# that scripts/install_deps.sh puts in .deps/gpu-compile (examples/aot_compile.rs), and
# scripts/hlo_traffic.py reads XLA's optimized HLO of each. It also counts the residual
# stream's [B, 197, 768] tensors that layout assignment made batch-minor. A first look before a
# GPU session, not a timing (BENCHMARKS.md says which figures came from where).
#   bash scripts/gpu_hlo_compare.sh [BATCH] [bf16|f32]          (default: 256 bf16)
#   BUILDS="base:.devbin/xlavit-base" bash scripts/gpu_hlo_compare.sh   # other xlavit builds too
# (COMPARE_REFS in scripts/device_prepare.sh builds older commits into .devbin.)
set -euo pipefail
cd "$(dirname "$0")/.."
BATCH=${1:-256}
PREC=${2:-bf16}
W=${OUT:-out/gpu_hlo}
rm -rf "$W"
mkdir -p "$W"
cargo build --release -q --bin xlavit --example aot_compile
bash scripts/reference/setup_env.sh >/dev/null

IFS=';' read -ra LIST <<<"xlavit:./target/release/xlavit${BUILDS:+;$BUILDS}"
for E in "${LIST[@]}"; do
  label=${E%%:*}; bin=${E#*:}
  # On the CPU plugin, only to write the program's StableHLO: the same text a GPU compiles.
  "$bin" compile --no-compile-cache --config vit-b16 --batch "$BATCH" --no-augment --precision "$PREC" \
    --dump-hlo --out "$W/$label" >/dev/null
  cp "$W/$label/train_step.stablehlo.mlir" "$W/$label.mlir"
done
.deps/refenv/bin/python scripts/reference/export_flax_mlir.py tests/fixtures/vit_b16_config.json "$BATCH" "$W/flax.mlir" --dtype "$PREC"
LIST+=("flax:")

for E in "${LIST[@]}"; do
  label=${E%%:*}
  echo "== $label: compiling $W/$label.mlir for an H100"
  XLA_FLAGS="--xla_dump_to=$W/$label/gpu --xla_dump_hlo_as_text --xla_dump_hlo_pass_re=layout-assignment" \
    ./target/release/examples/aot_compile "$W/$label.mlir" h100 2>&1 | grep -E "^compiled|rror" || true
done
for E in "${LIST[@]}"; do
  label=${E%%:*}
  python3 scripts/hlo_traffic.py "$W/$label"/gpu/*gpu_after_optimizations.txt
  n=$(cat "$W/$label"/gpu/*after_layout-assignment* | grep -o "\[$BATCH,197,768\]{[0-9,]*}" | grep -vc "{2,1,0}" || true)
  echo "  [$BATCH,197,768] tensors laid out batch-minor after layout assignment: $n"
done
