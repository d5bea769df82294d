#!/usr/bin/env bash
# The recipes on real data (issue 20): DINOv2-small converted to a ViT (fetch.sh) fine-tuned on
# 7 classes of real photos (154 train, 66 validation) at 112 px on this machine's CPU plugin.
# Compares the tutorial's recipe, a linear probe, LP-FT and a strong recipe on accuracy and
# wall time; each run's summary.json is kept under $OUT (default .deps/realdata/runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/realdata/fetch.sh >/dev/null
X=target/release/xlavit
M=.deps/realdata/model-112
D=.deps/realdata/photos
OUT="${OUT:-.deps/realdata/runs}"
EPOCHS="${EPOCHS:-10}"
COMMON=(--model "$M" --data "$D" --num-classes 7 --batch-size 16 --eval-batch-size 33 --warmup-ratio 0.1 --log-every 5 --seed 0)
run() {
  local name=$1; shift
  [ -f "$OUT/$name/summary.json" ] && return 0
  local t0=$(date +%s.%N)
  "$X" train "${COMMON[@]}" --out "$OUT/$name" "$@" > "$OUT/$name.log" 2>&1 || { echo "$name failed: $OUT/$name.log" >&2; return 1; }
  echo "$name $(echo "$(date +%s.%N) - $t0" | bc) s" >> "$OUT/wall.txt"
}
mkdir -p "$OUT"
run probe --freeze backbone --epochs 100 --probe-lr 1e-2
run tutorial --epochs "$EPOCHS"
run lpft --probe-epochs 100 --probe-lr 1e-2 --epochs "$EPOCHS"
run strong --epochs "$EPOCHS" --lr 1e-4 --layer-decay 0.75 --label-smoothing 0.1 --drop-path 0.1 --ema-decay 0.99 --ema-warmup --augment trivial --crop-area 0.5
for r in probe tutorial lpft strong; do
  python3 -c "import json,sys; s=json.load(open('$OUT/$r/summary.json')); print('$r', {k: s.get(k) for k in ['best_val_accuracy','final_val_accuracy','best_epoch','mean_epoch_seconds','total_seconds','ema_best_val_accuracy']})"
done
cat "$OUT/wall.txt"
