#!/usr/bin/env bash
# One prepared call on a lent GPU machine (device tool):
#   bash scripts/device_prepare.sh   # builds the release binary, copies libturbojpeg into .devlib
#   run(command="bash scripts/device_check.sh", carry=["target/release/xlavit", ".devlib"], timeout_s=560)
# The device machine has no network, so nothing is built there; its python3 has
# JAX with the CUDA plugin, Flax and optax, which the peer (bench_flax.py) uses.
# In order of value, each step under its own time limit:
#   1. what it finds (GPU, plugin, libraries) and `xlavit devices`;
#   2. the ViT-B/16 first loss on CUDA against the CPU plugin's (scripts/device_expected.json),
#      in f32 with full-precision dots and in bf16 mixed precision;
#   3. ViT-B/16 train step images/s and MFU, xlavit beside JAX + Flax on the same card,
#      bf16 at batch 128 and 256, f32 at batch 64; a second xlavit run from the compile cache;
#   4. `xlavit train` end to end (ViT-B/16 from scratch on the built-in images);
#   between 2 and 3, XLA's layout of the residual stream and its traffic, compiled on the card;
#   with EXPLORE=1, also variants that might close the bf16 gap to Flax; with COMPARE, other
#   builds of xlavit on the same step (an A/B of a change: COMPARE_REFS in device_prepare.sh
#   builds them here, and the call carries .devbin).
# Everything lands in $OUT (or out/device): device_check.log and results.jsonl.
set -uo pipefail
cd "$(dirname "$0")/.."
OUTDIR=${OUT:-out/device}
mkdir -p "$OUTDIR"
X=${XLAVIT:-./target/release/xlavit}
W=${TMPDIR:-/tmp}/xlavit-device-$$
mkdir -p "$W"
RESULTS="$OUTDIR/results.jsonl"
: >"$RESULTS"
exec > >(tee "$OUTDIR/device_check.log") 2>&1
export PYTHONUNBUFFERED=1
# XLA's INFO lines (ptxas register-spill notes) drown the results.
export TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-1}

echo "== machine"; date -u; uname -a
nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv 2>&1 | head -5
PY=$(command -v python3)
SITE=$($PY -c 'import site; print(site.getsitepackages()[0])' 2>/dev/null)
echo "python: $PY; site-packages: $SITE"
$PY -c 'import jax, flax, optax; print("jax", jax.__version__, "flax", flax.__version__, "optax", optax.__version__, jax.devices())' 2>&1 | tail -1
PLUGIN=${XLAVIT_PJRT_PLUGIN:-$(ls "$SITE"/jax_plugins/xla_cuda*/xla_cuda_plugin.so 2>/dev/null | head -1)}
echo "CUDA plugin: ${PLUGIN:-none found}"
[ -n "$PLUGIN" ] || { echo "no CUDA PJRT plugin under $SITE/jax_plugins"; exit 1; }
# JAX preloads its pip-installed CUDA libraries; outside JAX the plugin needs them on the path.
NV=$(ls -d "$SITE"/nvidia/*/lib 2>/dev/null | tr '\n' ':')
echo "nvidia library folders: $(echo "$NV" | tr ':' ' ' | wc -w)"
# The binary links libturbojpeg (Debian libturbojpeg0); a bare device machine lacks it, so the
# caller carries a copy in .devlib.
export LD_LIBRARY_PATH="${NV}$PWD/.devlib:${LD_LIBRARY_PATH:-}"
[ -x "$X" ] || { echo "missing $X: carry target/release/xlavit"; exit 1; }
GPU=$(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -1)
# Dense peaks of the H100/H200 SXM: bf16 989.4, TF32 494.7 TFLOP/s (the same chip; H200 has more memory).
PEAK_BF16=989.4
PEAK_TF32=494.7
# One card: the figures are per GPU, and compile/bench would otherwise split over every GPU.
DEV=(--device cuda --plugin "$PLUGIN" --devices 1)

echo "== devices"
timeout 60 $X devices "${DEV[@]}" || exit 1

fail=0
record() { # tag file: one line per result in results.jsonl
  [ -s "$2" ] && $PY -c 'import json,sys; d=json.load(open(sys.argv[2])); d["tag"]=sys.argv[1]; print(json.dumps(d))' "$1" "$2" >>"$RESULTS"
}

vit_bench() { # binary precision batch [more bench flags]: the ViT-B/16 train step without augmentation
  local bin=$1 precision=$2 batch=$3; shift 3
  timeout 150 "$bin" bench "${DEV[@]}" --config vit-b16 --batch "$batch" --no-augment --precision "$precision" "$@"
}

echo "== loss agreement: ViT-B/16, batch 2, formula weights and images, augmentation off"
# LOSS_CHECKS="precision dot-precision tolerance;..." picks the checks (default below).
IFS=';' read -ra LOSS_LIST <<<"${LOSS_CHECKS:-f32 highest 1e-5;bf16 default 1e-2}"
for P in "${LOSS_LIST[@]}"; do
  set -- $P
  vit_bench "$X" "$1" 2 --no-compile-cache --steps 1 --warmup 0 --dot-precision "$2" --json "$W/loss_$1.json"
  record "loss_$1" "$W/loss_$1.json"
  $PY scripts/first_loss_agrees.py "$W/loss_$1.json" cuda "precision $1" "$3"
  [ $? -eq 0 ] || fail=1
done

# What the ahead-of-time compile here predicted (BENCHMARKS.md, 2026-11-27 night), checked on
# the card: XLA's layout of the residual stream and the traffic of its optimized program.
# LAYOUT=0 skips it.
if [ "${LAYOUT:-1}" = 1 ]; then
  echo "== XLA on the card: batch-minor [256,197,768] tensors after layout assignment, and traffic (bf16, batch 256)"
  XLA_FLAGS="--xla_dump_hlo_pass_re=layout-assignment" timeout 120 $X compile "${DEV[@]}" --no-compile-cache \
    --config vit-b16 --batch 256 --no-augment --precision bf16 --dump-hlo --out "$W/layout" | grep -E "^train_step" || fail=1
  echo "batch-minor: $(cat "$W"/layout/xla_dump/*vit_train_step*after_layout-assignment* 2>/dev/null | grep -o '\[256,197,768\]{[0-9,]*}' | grep -vc '{2,1,0}')"
  $PY scripts/hlo_traffic.py "$W"/layout/xla_dump/*vit_train_step*gpu_after_optimizations.txt || fail=1
fi

STEPS=${BENCH_STEPS:-30}
flax_bench() { # dtype batch peak flops_per_image
  timeout 150 $PY scripts/reference/bench_flax.py tests/fixtures/vit_b16_config.json "$2" "$STEPS" 5 --dtype "$1" \
    --peak-tflops "$3" --flops-per-image "$4" | tee "$W/flax_$1_b$2.json.txt"
  tail -1 "$W/flax_$1_b$2.json.txt" >"$W/flax_$1_b$2.json"
  record "flax_$1_b$2" "$W/flax_$1_b$2.json"
}
# RUNS="precision batch;..." picks the benchmarks (default below); TRAIN=0 skips step 4.
IFS=';' read -ra RUN_LIST <<<"${RUNS:-bf16 128;bf16 256;f32 64}"
for RUN in "${RUN_LIST[@]}"; do
  set -- $RUN
  [ "$1" = bf16 ] && set -- "$1" "$2" "$PEAK_BF16" || set -- "$1" "$2" "$PEAK_TF32"
  echo "== ViT-B/16 train step, $1, batch $2: xlavit, then JAX + Flax"
  CACHE=()
  [ "$1 $2" = "bf16 128" ] && CACHE=(--compile-cache "$W/compiled") || CACHE=(--no-compile-cache)
  vit_bench "$X" "$1" "$2" "${CACHE[@]}" --steps "$STEPS" --warmup 5 --peak-tflops "$3" --json "$W/xlavit_$1_b$2.json" || fail=1
  record "xlavit_$1_b$2" "$W/xlavit_$1_b$2.json"
  if [ "$1 $2" = "bf16 128" ]; then
    echo "-- again, from the compile cache"
    vit_bench "$X" "$1" "$2" "${CACHE[@]}" --steps 5 --warmup 2 --peak-tflops "$3" --json "$W/xlavit_cached.json" || fail=1
    record "xlavit_$1_b$2_cached" "$W/xlavit_cached.json"
  fi
  # COMPARE="label:binary;..." runs other builds of xlavit (an A/B of a change) on the same
  # step, right after this one, for the run RUNS names with COMPARE_AT (default "bf16 256").
  if [ -n "${COMPARE:-}" ] && [ "$1 $2" = "${COMPARE_AT:-bf16 256}" ]; then
    IFS=';' read -ra CMP_LIST <<<"$COMPARE"
    for C in "${CMP_LIST[@]}"; do
      echo "-- the same step with ${C%%:*} (${C#*:})"
      vit_bench "${C#*:}" "$1" "$2" --no-compile-cache --steps "$STEPS" --warmup 5 --peak-tflops "$3" --json "$W/cmp_${C%%:*}.json" || fail=1
      record "xlavit_$1_b$2_${C%%:*}" "$W/cmp_${C%%:*}.json"
    done
  fi
  FPI=$($PY -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["flops_per_step"]/d["batch"])' "$W/xlavit_$1_b$2.json" 2>/dev/null || echo 1.05e11)
  flax_bench "$1" "$2" "$3" "$FPI" || fail=1
done

# EXPLORE=1: where the bf16 gap to Flax might be (BENCHMARKS.md), one xlavit run each at batch 256:
# several steps per call, XLA's cuDNN fused attention, and no Triton GEMMs.
if [ "${EXPLORE:-0}" = 1 ]; then
  for V in "--steps-per-call 4|" "|--xla_gpu_enable_cudnn_fmha=true" "|--xla_gpu_enable_triton_gemm=false"; do
    ARGS=${V%%|*}; FLAGS=${V#*|}
    echo "== explore: bf16 batch 256 ${ARGS} XLA_FLAGS=${FLAGS}"
    XLA_FLAGS="$FLAGS" vit_bench "$X" bf16 256 --no-compile-cache --steps 20 --warmup 3 --peak-tflops "$PEAK_BF16" $ARGS 2>&1 | grep -E "^(compile|step|MFU)|rror"
  done
fi

[ "${TRAIN:-1}" = 0 ] || {
echo "== xlavit train end to end: ViT-B/16 from scratch on the built-in images, batch 64, 1 epoch (bf16, the GPU default)"
timeout 150 $X train "${DEV[@]}" --config vit-b16 --batch-size 64 --epochs 1 --lr 1e-4 --warmup-steps 5 \
   --out "$W/train" --cache-dir "$W/data" || fail=1
record train "$W/train/summary.json"
}
echo "== results"; cat "$RESULTS"
echo "(GPU: $GPU; MFU against dense peaks: bf16 $PEAK_BF16, TF32 $PEAK_TF32 TFLOP/s: f32 programs run their dots in TF32 by default)"
exit $fail
