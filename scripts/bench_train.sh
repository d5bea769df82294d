#!/usr/bin/env bash
# End-to-end `xlavit train` images/s beside `xlavit bench` (the same train step, timed alone) in one
# run: what the host loop (batches, uploads, metric pulls) costs on top of the step.
# Usage: bash scripts/bench_train.sh [tiny|b16|all (all)]
set -euo pipefail
cd "$(dirname "$0")/.."
WHICH=${1:-all}
bash scripts/install_deps.sh >/dev/null
cargo build --release -q
X=./target/release/xlavit
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
epoch_ips() { # images/s over every epoch but the first (which includes one-time warm-up) in summary.csv
  awk -F, 'NR > 2 { images += $9 * $10; seconds += $9 } END { printf "%.1f", images / seconds }' "$1/summary.csv"
}
if [ "$WHICH" = tiny ] || [ "$WHICH" = all ]; then
  echo "== tiny ViT, batch 32, 32x32 images, augmentation on"
  # Epochs of this job are 37 steps (0.4 s): eight of them, so one slow epoch start weighs less.
  $X train --out "$WORK/tiny" --epochs 8 --cache-dir "$WORK/cache" 2>"$WORK/tiny.log"
  echo "train (epochs 2-8): $(epoch_ips "$WORK/tiny") images/s"
  $X bench --config tiny --batch 32 --steps 300 --warmup 10 | tail -1
fi
if [ "$WHICH" = b16 ] || [ "$WHICH" = all ]; then
  echo "== ViT-B/16 from scratch, batch 4, 224x224, augmentation on"
  PY=python3
  [ -x .deps/pilenv/bin/python ] && PY=.deps/pilenv/bin/python
  "$PY" -c "import PIL, numpy" 2>/dev/null || { echo "needs Pillow + numpy: run scripts/bench_data.sh once" >&2; exit 1; }
  "$PY" scripts/reference/pillow_loader.py make "$WORK/b16data" 4 1
  $X train --config vit-b16 --data "$WORK/b16data" --batch-size 4 --epochs 2 --lr 1e-4 --warmup-steps 2 \
    --log-every 5 --out "$WORK/b16" --cache-dir "$WORK/cache" 2>"$WORK/b16.log"
  echo "train (epoch 2, 5 steps): $(epoch_ips "$WORK/b16") images/s"
  $X bench --config vit-b16 --batch 4 --steps 5 --warmup 1 | tail -1
fi
