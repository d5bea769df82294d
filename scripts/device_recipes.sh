#!/usr/bin/env bash
# What the fine-tuning recipes (README, Fine-tuning recipes) cost on a lent GPU, in one call:
#   bash scripts/device_prepare.sh
#   run(command="bash scripts/device_recipes.sh", carry=["target/release/xlavit", ".devlib"], timeout_s=400)
# ViT-B/16, bf16, 128 images per optimizer step, no augmentation, each as `xlavit bench`:
# the plain step; the step with label smoothing, mixup/cutmix, drop path, EMA and layer decay;
# 2 and 4 micro-batches of 64 and 32 (gradient accumulation); JAX + Flax's plain step beside.
# Then the compiled memory of 4 x 32 against one batch of 128 (`compile`). Output in $OUT.
set -uo pipefail
cd "$(dirname "$0")/.."
OUTDIR=${OUT:-out/device}
mkdir -p "$OUTDIR"
exec > >(tee "$OUTDIR/device_recipes.log") 2>&1
export TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-1}
X=./target/release/xlavit
PY=$(command -v python3)
SITE=$($PY -c 'import site; print(site.getsitepackages()[0])')
PLUGIN=$(ls "$SITE"/jax_plugins/xla_cuda*/xla_cuda_plugin.so | head -1)
export LD_LIBRARY_PATH="$(ls -d "$SITE"/nvidia/*/lib | tr '\n' ':')$PWD/.devlib:${LD_LIBRARY_PATH:-}"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
DEV=(--device cuda --plugin "$PLUGIN" --devices 1)
b() { # tag, then bench flags
  local tag=$1; shift
  echo "== $tag"
  timeout 120 $X bench "${DEV[@]}" --config vit-b16 --no-augment --precision bf16 --steps 30 --warmup 5 --peak-tflops 989.4 --json "$OUTDIR/$tag.json" "$@"
}
b plain --batch 128
b recipes --batch 128 --label-smoothing 0.1 --mixup 0.8 --cutmix 1.0 --drop-path 0.1 --ema-decay 0.999 --ema-warmup --layer-decay 0.75
b accum2 --batch 64 --grad-accum-steps 2
b accum4 --batch 32 --grad-accum-steps 4
echo "== flax plain 128"
timeout 120 $PY scripts/reference/bench_flax.py tests/fixtures/vit_b16_config.json 128 30 5 --dtype bf16 --peak-tflops 989.4 | tail -1
for spec in "128 1" "32 4"; do
  set -- $spec
  echo "== compile batch $1 x $2 micro-batches"
  timeout 120 $X compile "${DEV[@]}" --config vit-b16 --batch "$1" --grad-accum-steps "$2" --no-augment --precision bf16 --out "$OUTDIR/compile_$1x$2" | grep -iE "fits|train_step|GiB" | head -4
done
