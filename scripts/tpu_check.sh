#!/usr/bin/env bash
# One call on a Cloud TPU VM (v5e-1 or v5e-8), the counterpart of scripts/device_check.sh:
#   git clone ... && cd xlavit && bash scripts/setup.sh tpu && bash scripts/tpu_check.sh
# It prints what it finds, runs `xlavit devices --device tpu`, checks the ViT-B/16 train step's
# first loss on the TPU against the CPU plugin's (scripts/device_expected.json), and benchmarks the
# step with MFU (197 TFLOP/s per v5e chip) in three kinds of arithmetic:
#   bf16            mixed precision (bf16 matmuls and activations, f32 accumulation), the TPU default
#   f32 default     f32 activations, one bf16 pass per f32 matmul
#   f32 highest     full f32 matmuls (several bf16 passes: expect a fraction of the bf16 peak)
# bench and train run data-parallel over every chip the VM has (8 on a v5e-8), so batches must be
# multiples of the chip count; MFU is against the peak of all of them.
# Results land in $OUT (or out/tpu).
# It cannot run without a TPU; on other machines it stops at the hardware check in under a second.
set -uo pipefail
cd "$(dirname "$0")/.."
OUTDIR=${OUT:-out/tpu}
mkdir -p "$OUTDIR"
X=${XLAVIT:-./target/release/xlavit}
PEAK=${TPU_PEAK_TFLOPS:-197}
exec > >(tee "$OUTDIR/tpu_check.log") 2>&1

echo "== machine"
uname -a
echo "cores: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
ls -l /dev/accel* /dev/vfio 2>&1 | head -20
for d in /sys/bus/pci/devices/*; do
  [ "$(cat "$d/vendor" 2>/dev/null)" = "0x1ae0" ] && echo "Google PCI device: $(basename "$d") device $(cat "$d/device")"
done
echo "TPU env: TPU_ACCELERATOR_TYPE=${TPU_ACCELERATOR_TYPE:-unset} TPU_WORKER_ID=${TPU_WORKER_ID:-unset}"
PLUGIN=${XLAVIT_PJRT_PLUGIN:-.deps/tpu/libtpu/libtpu.so}
echo "TPU plugin: $PLUGIN ($( [ -f "$PLUGIN" ] && du -h "$PLUGIN" | cut -f1 || echo missing: run bash scripts/setup.sh tpu))"
[ -x "$X" ] || { echo "missing $X: run bash scripts/setup.sh tpu (it builds the release binary)"; exit 1; }

echo "== devices"
$X devices --device tpu --plugin "$PLUGIN" || exit 1

echo "== loss agreement: ViT-B/16, batch 2 on one chip, formula weights and images, augmentation off"
PY=python3
fail=0
# precision, dot precision, tolerance: f32 matmuls close to the CPU; bf16 passes looser.
for P in "f32 highest 1e-4" "f32 default 5e-3" "bf16 default 1e-2"; do
  set -- $P
  J="$OUTDIR/loss_$1_$2.json"
  rm -f "$J"
  $X bench --device tpu --plugin "$PLUGIN" --devices 1 --no-compile-cache --config vit-b16 --batch 2 --steps 1 --warmup 0 --no-augment \
     --precision $1 --dot-precision $2 --json "$J" || { fail=1; continue; }
  $PY scripts/first_loss_agrees.py "$J" tpu "$1/$2" "$3"
  [ $? -eq 0 ] || fail=1
done

echo "== benchmark: ViT-B/16 train step, batches ${BENCH_BATCHES:-64 128 256}, peak $PEAK TFLOP/s per chip"
for P in "bf16 default" "f32 default" "f32 highest"; do
  set -- $P
  for B in ${BENCH_BATCHES:-64 128 256}; do
    $X bench --device tpu --plugin "$PLUGIN" --no-compile-cache --config vit-b16 --batch $B --steps ${BENCH_STEPS:-20} --warmup 3 \
       --precision $1 --dot-precision $2 --peak-tflops "$PEAK" --json "$OUTDIR/bench_$1_$2_b$B.json" || fail=1
  done
done
echo "== end-to-end: xlavit train on generated 224x224 images, batch 64, 1 epoch"
$X train --device tpu --plugin "$PLUGIN" --config vit-b16 --batch-size 64 --epochs 1 --lr 1e-4 --warmup-steps 5 \
   --out "${TMPDIR:-/tmp}/xlavit-train-check-$$" --cache-dir "${TMPDIR:-/tmp}/xlavit-cache-$$" || fail=1
# Checkpoints stay behind (GBs for ViT-B/16); the figures and plots come back.
cp "${TMPDIR:-/tmp}/xlavit-train-check-$$"/{summary.json,summary.csv,curves.png,metrics.jsonl} "$OUTDIR"/ 2>/dev/null
exit $fail
