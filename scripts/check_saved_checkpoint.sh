#!/usr/bin/env bash
# Does a checkpoint saved by xlavit load in Hugging Face transformers and give
# the logits xlavit computes? Saves the tiny fixture with a re-initialized
# 7-class head, predicts with xlavit, then checks with transformers.
# usage: PYTHON=/path/to/python-with-torch-and-transformers scripts/check_saved_checkpoint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
X=./target/release/xlavit
cargo build --release -q
OUT=out/check_saved; rm -rf "$OUT"; mkdir -p "$OUT"
$X convert --model tests/fixtures/tiny_vit --out "$OUT/model" --num-labels 7 --seed 3
$X predict --json --model "$OUT/model" tests/fixtures/images/img{0,1,2,3}.png > "$OUT/predict.json"
$PY - "$OUT" <<'PYEOF'
import json, sys
import numpy as np
from safetensors.numpy import load_file, save_file
out = sys.argv[1]
pred = json.load(open(f"{out}/predict.json"))
images = load_file("tests/fixtures/tiny_vit_batch.safetensors")["images"]
save_file({"images": images, "logits": np.array([p["logits"] for p in pred], dtype=np.float32)}, f"{out}/expected.safetensors")
PYEOF
$PY scripts/check_transformers.py "$OUT/model" --images "$OUT/expected.safetensors" --tol 1e-5 --processor
