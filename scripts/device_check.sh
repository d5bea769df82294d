#!/usr/bin/env bash
# One prepared call on a lent GPU machine (device tool):
#   run(command="bash scripts/device_check.sh", carry=["target/release/xlavit"], timeout_s=540)
# Build the release binary here first (`cargo build --release`); the device
# machine has no network, so nothing is built there.
# It prints what it finds, checks that the ViT-B/16 train step's first loss on
# CUDA agrees with the CPU plugin's on the same batch (scripts/device_expected.json),
# then benchmarks the step and reports MFU. Results land in $OUT (or out/device).
set -uo pipefail
cd "$(dirname "$0")/.."
OUTDIR=${OUT:-out/device}
mkdir -p "$OUTDIR"
X=${XLAVIT:-./target/release/xlavit}
exec > >(tee "$OUTDIR/device_check.log") 2>&1

echo "== machine"; uname -a; nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv 2>&1 | head -5
PY=$(command -v python3)
SITE=$($PY -c 'import site; print(site.getsitepackages()[0])' 2>/dev/null)
echo "python: $PY; site-packages: $SITE"
PLUGIN=${XLAVIT_PJRT_PLUGIN:-$(ls "$SITE"/jax_plugins/xla_cuda*/xla_cuda_plugin.so 2>/dev/null | head -1)}
echo "CUDA plugin: ${PLUGIN:-none found}"
[ -n "$PLUGIN" ] || { echo "no CUDA PJRT plugin under $SITE/jax_plugins"; exit 1; }
# JAX preloads its pip-installed CUDA libraries; outside JAX the plugin needs them on the path.
NV=$(ls -d "$SITE"/nvidia/*/lib 2>/dev/null | tr '\n' ':')
export LD_LIBRARY_PATH="${NV}${LD_LIBRARY_PATH:-}"
[ -x "$X" ] || { echo "missing $X: carry target/release/xlavit"; exit 1; }

echo "== devices"
$X devices --device cuda --plugin "$PLUGIN" || exit 1

echo "== loss agreement: ViT-B/16, batch 2, formula weights and images, augmentation off"
# highest: full f32 dots, must match the CPU closely; default: TF32 dots, looser.
fail=0
for P in highest default; do
  rm -f "$OUTDIR/loss_$P.json"
  $X bench --device cuda --plugin "$PLUGIN" --no-compile-cache --config vit-b16 --batch 2 --steps 1 --warmup 0 --no-augment --precision $P --json "$OUTDIR/loss_$P.json"
  $PY - "$OUTDIR/loss_$P.json" scripts/device_expected.json $P <<'PYEOF'
import json, sys
got = json.load(open(sys.argv[1]))["first_loss"]
want = json.load(open(sys.argv[2]))["first_loss_vit_b16_batch2"]
tol = 1e-5 if sys.argv[3] == "highest" else 2e-3
rel = abs(got - want) / abs(want)
print(f"precision {sys.argv[3]}: first loss cuda {got:.7f}, cpu {want:.7f}, relative difference {rel:.2e} (tolerance {tol:g})")
print("AGREE" if rel < tol else "DISAGREE")
sys.exit(0 if rel < tol else 1)
PYEOF
  [ $? -eq 0 ] || fail=1
done

echo "== benchmark: ViT-B/16 train step (f32 parameters), batches ${BENCH_BATCHES:-32 64}"
for B in ${BENCH_BATCHES:-32 64}; do
  $X bench --device cuda --plugin "$PLUGIN" --no-compile-cache --config vit-b16 --batch $B --steps ${BENCH_STEPS:-20} --warmup 3 \
     --peak-tflops 494.7 --json "$OUTDIR/bench_b$B.json"
done
echo "== end-to-end: xlavit train on generated 224x224 images (ViT-B/16 from scratch), batch 64, 1 epoch"
$X train --device cuda --plugin "$PLUGIN" --config vit-b16 --batch-size 64 --epochs 1 --lr 1e-4 --warmup-steps 5 \
   --out "${TMPDIR:-/tmp}/xlavit-train-check-$$" --cache-dir "${TMPDIR:-/tmp}/xlavit-cache-$$" || fail=1
# Checkpoints stay behind (GBs for ViT-B/16); the figures and plots come back.
cp "${TMPDIR:-/tmp}/xlavit-train-check-$$"/{summary.json,summary.csv,curves.png,metrics.jsonl} "$OUTDIR"/ 2>/dev/null
echo "(peak 494.7 TFLOP/s = H100/H200 SXM dense TF32: f32 programs run their dots in TF32 by default;"
echo " GPU: $(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -1))"
exit $fail
