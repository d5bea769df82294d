#!/usr/bin/env bash
# One command on a fresh machine: install the dependencies, build, and run
# the main job: the built-in tiny ViT trained on generated images (no downloads).
set -euo pipefail
cd "$(dirname "$0")/.."
# Optional accelerator: `bash scripts/setup.sh tpu|cuda12|cuda13` also installs its plugin.
ACCEL=${1:-}
bash scripts/install_deps.sh
if [ -n "$ACCEL" ]; then bash scripts/install_accelerator.sh "$ACCEL"; fi
cargo build --release
X=./target/release/xlavit
$X devices
case "$ACCEL" in
  tpu) $X devices --device tpu || echo "setup: the TPU plugin is installed, but this machine has no TPU (see above)" ;;
  cuda*) $X devices --device cuda || echo "setup: the CUDA plugin is installed, but this machine has no usable NVIDIA GPU (see above)" ;;
esac
# train never overwrites a run: a second setup writes beside the first.
OUT=out/train
[ -e "$OUT" ] && OUT="out/train-$(date +%Y%m%d-%H%M%S)"
$X train --out "$OUT"
echo "setup: done. Outputs in $OUT (curves.png, predictions.png, best/, ...). Try: $X --help"
