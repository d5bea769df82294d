#!/usr/bin/env bash
# Each model type trained by xlavit, then loaded by transformers: for every fixture under
# tests/fixtures/family, `xlavit train` one epoch on the built-in images (a fresh 5-class head),
# `xlavit predict --json` two images, and scripts/check_transformers.py loads best/ as the class
# its config.json names and compares the logits (siglip_map: its classifier on pooler_output,
# as xlavit's --pooling map computes it). Needs torch + transformers (not part of the
# set-up): PY=/path/to/venv/bin/python bash scripts/check_family_transformers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-python3}"
# X=path/to/xlavit to check a binary already built; by default the release build, brought up to date.
X="${X:-}"
[ -n "$X" ] || { cargo build --release --quiet; X=target/release/xlavit; }
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
for case in "deit 28" "deit_distilled 28" "vit_interpolated 42" "dinov2 28" "dinov2_swiglu 28" "dinov2_registers 28" \
    "clip 28" "clip_interpolated 42" "siglip 28" "siglip_interpolated 42" "siglip_map 28" "timm_vit 28" \
    "beit 28" "beit_shared 28" "beit_interpolated 42" "beit_relative_interpolated 42"; do
  set -- $case
  "$X" train --model "tests/fixtures/family/$1" --image-size "$2" --epochs 1 --batch-size 8 --out "$W/$1" --cache-dir "$W/cache" > "$W/$1.log" 2>&1 \
    || { tail -3 "$W/$1.log"; exit 1; }
  "$PY" - "$W" "$1" "$2" <<'PY'
import sys, numpy as np
from PIL import Image
w, c, s = sys.argv[1], sys.argv[2], int(sys.argv[3])
r = np.random.default_rng(0)
for i in range(2):
    Image.fromarray(r.integers(0, 256, (s, s, 3), dtype=np.uint8)).save(f"{w}/{c}{i}.png")
PY
  "$X" predict --json --model "$W/$1/best" "$W/${1}0.png" "$W/${1}1.png" > "$W/$1.json"
  "$PY" - "$W" "$1" <<'PY'
import json, sys, numpy as np
from PIL import Image
from safetensors.numpy import save_file
w, c = sys.argv[1], sys.argv[2]
p = json.load(open(f"{w}/{c}.json"))
images = np.stack([np.array(Image.open(f"{w}/{c}{i}.png")) for i in range(2)])
save_file({"images": images, "logits": np.array([x["logits"] for x in p], dtype=np.float32)}, f"{w}/{c}.safetensors")
PY
  echo "$1: $("$PY" scripts/check_transformers.py "$W/$1/best" --images "$W/$1.safetensors" 2>&1 | tail -2 | tr '\n' ' ')"
done
